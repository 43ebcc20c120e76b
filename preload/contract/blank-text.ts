// Decides whether typed text is empty for every purpose: whitespace and invisible format
// characters (zero-width space/joiners, BOM, word joiner, soft hyphen…) count as nothing.

// \p{White_Space} covers spaces, tabs, newlines and NBSP; \p{Cf} covers zero-width and other
// format characters that render as nothing, so "\u200B\u200D" is as empty as "".
const INVISIBLE = /[\p{White_Space}\p{Cf}]/gu;

/** The text with every whitespace and invisible format character removed. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when the text has nothing a person could read: empty, whitespace or zero-width only. */
export function isBlankText(text: string): boolean {
  return visibleText(text).length === 0;
}
