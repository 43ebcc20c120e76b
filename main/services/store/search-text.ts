// Helpers for the interim LIKE-based search: wildcard escaping and match snippets.

/** Character used in `LIKE ... ESCAPE '\'` clauses. */
export const LIKE_ESCAPE = '\\';

/** Turns user text into a "contains" LIKE pattern where %, _ and \ match literally. */
export function containsLikePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => LIKE_ESCAPE + ch)}%`;
}

const SNIPPET_BEFORE = 40;
const SNIPPET_AFTER = 100;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Moves an index off the low half of a surrogate pair so we never cut an emoji in two. */
function safeBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Short single-line excerpt of `content` around the first case-insensitive match of `query`,
 * with "…" where text was cut. Falls back to the start of the text if the match is not found
 * (SQLite LIKE and JS case folding can disagree outside ASCII).
 */
export function makeSnippet(content: string, query: string): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const needle = query.replace(/\s+/g, ' ').trim();
  const found = needle === '' ? -1 : text.search(new RegExp(escapeRegExp(needle), 'iu'));
  const matchAt = Math.max(found, 0);
  const matchLength = found >= 0 ? needle.length : 0;
  const start = found >= 0 ? safeBoundary(text, Math.max(0, matchAt - SNIPPET_BEFORE)) : 0;
  const end = Math.min(text.length, safeBoundary(text, matchAt + matchLength + SNIPPET_AFTER));
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return `${prefix}${text.slice(start, end).trim()}${suffix}`;
}
