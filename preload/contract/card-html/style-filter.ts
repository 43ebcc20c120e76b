// Inline styles on card fields, reduced to a few formatting properties with plain values: colours,
// weight, slant, decoration, alignment. Anything else (url(), expression(), var(), escapes, comments,
// positioning, sizes that could cover the app) is dropped declaration by declaration.

/** A plain CSS colour: hex, a name, or rgb()/hsl() with numbers only (`<font color>` uses it too). */
export const PLAIN_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgba?|hsla?)\([\d\s.,%]{1,60}\))$/i;
const DECORATION = /^(?:none|underline|overline|line-through)(?: (?:underline|overline|line-through))*$/i;

const ALLOWED: Readonly<Record<string, RegExp>> = {
  color: PLAIN_COLOR,
  'background-color': PLAIN_COLOR,
  'font-weight': /^(?:normal|bold|bolder|lighter|[1-9]00)$/i,
  'font-style': /^(?:normal|italic|oblique)$/i,
  'text-decoration': DECORATION,
  'text-decoration-line': DECORATION,
  'text-align': /^(?:left|right|center|justify|start|end)$/i,
};

/** The allowed declarations of a style attribute, normalised, or null when none is left. */
export function filterStyle(style: string): string | null {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .replace(/\s+/g, ' ');
    const rule = Object.hasOwn(ALLOWED, property) ? ALLOWED[property] : undefined;
    if (rule?.test(value)) kept.push(`${property}: ${value}`);
  }
  return kept.length > 0 ? kept.join('; ') : null;
}
