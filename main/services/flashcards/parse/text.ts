// Text helpers shared by the card extractors: input clean-up, card-text normalisation and dedupe keys.

/** Unifies line endings and odd spaces, keeping character offsets per line simple; tabs stay (they split cards). */
export function prepareText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000]/g, ' ');
}

/** Tabs as spaces, once the tab-separated cards are out: the other extractors' patterns expect spaces. */
export function tabsToSpaces(text: string): string {
  return text.replace(/\t/g, ' ');
}

/** Removes emphasis markers that wrap the whole text (`**x**`, `__x__`) and a stray unmatched `**` at either end. */
export function stripEmphasis(text: string): string {
  let result = text.trim();
  for (const mark of ['**', '__']) {
    if (result.length > mark.length * 2 && result.startsWith(mark) && result.endsWith(mark)) {
      const inner = result.slice(mark.length, -mark.length);
      if (!inner.includes(mark)) result = inner.trim();
    }
    if (result.split(mark).length % 2 === 0) {
      // An odd number of markers: the label split one pair (e.g. "**Q: What is X?**").
      if (result.startsWith(mark)) result = result.slice(mark.length).trim();
      else if (result.endsWith(mark)) result = result.slice(0, -mark.length).trim();
    }
  }
  return result;
}

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['\u201C', '\u201D'],
];

/** Trims each line, collapses inner spaces, drops blank lines, strips wrapping emphasis and quotes. */
export function normalizeCardText(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  let result = stripEmphasis(lines.join('\n'));
  for (const [open, close] of QUOTE_PAIRS) {
    if (result.length >= 2 && result.startsWith(open) && result.endsWith(close)) {
      const inner = result.slice(open.length, -close.length);
      if (!inner.includes(open) && !inner.includes(close)) result = inner.trim();
    }
  }
  return result;
}

/** The key two cards share when they are duplicates: same front, ignoring case and whitespace. */
export function cardKey(front: string): string {
  return front.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Replaces ranges ([start, end), in order, not overlapping) with spaces, newlines kept, in one pass. */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
