// Tags as Anki and our CSV store them: one space-separated string, so a tag cannot hold spaces.

/** Trims tags, turns inner whitespace into "_" (Anki's rule) and drops empties and duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, '_');
    if (clean !== '') seen.add(clean);
  }
  return [...seen];
}

/** Splits a space-separated tag string (Anki's notes.tags, our CSV column). */
export function parseTagString(value: string): string[] {
  return normalizeTags(value.split(/\s+/));
}

/** Anki's notes.tags form: space separated with a leading and trailing space ("" when none). */
export function toAnkiTagString(tags: readonly string[]): string {
  const clean = normalizeTags(tags);
  return clean.length === 0 ? '' : ` ${clean.join(' ')} `;
}
