// Finds the medical term a misspelt word most likely meant: edit distance (with transpositions)
// ≤ 1 for words of 5–7 letters and ≤ 2 from 8, searched only among terms of nearby length.

const MAX_WORD = 64;

/** Three rows of working space; FuzzyIndex reuses one set, as the distance runs thousands of times a question. */
export function scratchRows(): Int32Array[] {
  return [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)];
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it must exceed limit. */
export function boundedEditDistance(a: string, b: string, limit: number, rows = scratchRows()): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > MAX_WORD || b.length > MAX_WORD) return limit + 1;
  let previousPrevious = rows[0] as Int32Array;
  let previous = rows[1] as Int32Array;
  let current = rows[2] as Int32Array;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const spare = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length] as number;
}

/** The distance allowed between a word and a term: 1 up to 7 letters, 2 from 8 (by the longer one). */
export function allowedDistance(a: string, b: string): number {
  return Math.max(a.length, b.length) >= 8 ? 2 : 1;
}

/**
 * Terms bucketed by length and by first and by last letter: a typo rarely changes both ends of a
 * word at once, so a look-up compares only terms of nearby length that share one end with it.
 */
export class FuzzyIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly rows = scratchRows();

  constructor(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      if (term.length < 5 || !/^[a-z]+$/.test(term)) continue;
      this.add(`${term.length}^${term[0]}`, term);
      this.add(`${term.length}$${term[term.length - 1]}`, term);
    }
  }

  private add(key: string, term: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(term);
    else this.buckets.set(key, [term]);
  }

  /** The closest term within the allowed distance (ties: the first found), or undefined. */
  nearest(word: string): { term: string; distance: number } | undefined {
    if (word.length < 5) return undefined;
    const first = word[0] as string;
    const last = word[word.length - 1] as string;
    let best: { term: string; distance: number } | undefined;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      const limit = Math.max(word.length, length) >= 8 ? 2 : 1;
      if (Math.abs(length - word.length) > limit) continue;
      for (const bucket of [`${length}^${first}`, `${length}$${last}`]) {
        for (const term of this.buckets.get(bucket) ?? []) {
          // Terms sharing the first letter were compared in the first bucket already.
          if (bucket.includes('$') && term[0] === first) continue;
          const distance = boundedEditDistance(word, term, limit, this.rows);
          if (distance <= limit && (best === undefined || distance < best.distance)) best = { term, distance };
        }
      }
    }
    return best;
  }
}
