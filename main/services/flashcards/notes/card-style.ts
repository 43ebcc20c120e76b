// The look a note type gives its cards in Anki (its `.card` rule: alignment, colours, weight), read
// from the note type's CSS and reduced to the declarations the card sanitizer allows in inline styles.
// Only plain `.card` rules count: other selectors, @-rules and !important are left out, so a deck's
// stylesheet can never reach beyond its own card.
import { filterStyle } from '../../../../preload/contract/card-html';

/** Far beyond any real note type's CSS (a few kilobytes); past it the CSS is not read at all. */
export const MAX_NOTE_TYPE_CSS_CHARS = 100_000;

/** The class of the element that carries the note type's card style around each rendered side. */
export const CARD_STYLE_CLASS = 'card-style';

interface RuleBlock {
  prelude: string;
  body: string;
}

/**
 * The inline style of the note type's `.card` rule(s), as `filterStyle` writes it, or null when the CSS
 * has none the sanitizer would keep. Later declarations of a property win, as in CSS.
 */
export function cardStyleOfCss(css: string): string | null {
  if (css.length > MAX_NOTE_TYPE_CSS_CHARS) return null;
  const declarations = new Map<string, string>();
  for (const rule of topLevelRules(withoutComments(css))) {
    if (!selectsCard(rule.prelude)) continue;
    for (const declaration of splitDeclarations(rule.body)) {
      // An !important declaration is not copied (and does not count as the last one written).
      if (declaration.includes('!')) continue;
      const kept = filterStyle(declaration);
      if (kept === null) continue;
      const property = kept.slice(0, kept.indexOf(':'));
      declarations.delete(property);
      declarations.set(property, kept);
    }
  }
  return declarations.size > 0 ? [...declarations.values()].join('; ') : null;
}

function withoutComments(css: string): string {
  // An unclosed comment runs to the end, as in CSS.
  return css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
}

/** `.card` alone, or in a selector list (`.card, .other`); `.card.night`, `.x .card` and the like do not count. */
function selectsCard(prelude: string): boolean {
  const trimmed = prelude.trim();
  if (trimmed.startsWith('@')) return false;
  return trimmed.split(',').some((selector) => selector.trim() === '.card');
}

/**
 * The rule blocks at the top level, with their bodies (nested blocks included, removed later). An @-statement
 * ending in `;` (@import, @charset) is skipped; an unclosed block ends the reading. Quotes and escapes are
 * stepped over so a brace inside a string does not end a block.
 */
function topLevelRules(css: string): RuleBlock[] {
  const rules: RuleBlock[] = [];
  let preludeStart = 0;
  let i = 0;
  while (i < css.length) {
    const char = css[i];
    if (char === '\\') i += 2;
    else if (char === '"' || char === "'") i = afterString(css, i);
    else if (char === ';') {
      preludeStart = ++i;
    } else if (char === '{') {
      const end = matchingBrace(css, i);
      if (end < 0) break;
      rules.push({ prelude: css.slice(preludeStart, i), body: css.slice(i + 1, end) });
      preludeStart = i = end + 1;
    } else if (char === '}') {
      // A stray closing brace: start afresh after it.
      preludeStart = ++i;
    } else i++;
  }
  return rules;
}

/** The index of the `}` closing the block opened at `open`, or -1. */
function matchingBrace(css: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < css.length) {
    const char = css[i];
    if (char === '\\') i += 2;
    else if (char === '"' || char === "'") i = afterString(css, i);
    else {
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) return i;
      i++;
    }
  }
  return -1;
}

function afterString(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote && css[i] !== '\n') i += css[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The declarations of a block body at its own level; nested rules (CSS nesting) are left out. */
function splitDeclarations(body: string): string[] {
  const declarations: string[] = [];
  let start = 0;
  let i = 0;
  while (i < body.length) {
    const char = body[i];
    if (char === '\\') i += 2;
    else if (char === '"' || char === "'") i = afterString(body, i);
    else if (char === ';') {
      declarations.push(body.slice(start, i));
      start = ++i;
    } else if (char === '{') {
      // A nested rule: its selector is what was read since the last `;`, so both are dropped.
      const end = matchingBrace(body, i);
      if (end < 0) return declarations;
      start = i = end + 1;
    } else i++;
  }
  declarations.push(body.slice(start));
  return declarations;
}
