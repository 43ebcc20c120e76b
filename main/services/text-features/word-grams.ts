// The n-gram features both learned text models read (the safety notices' layer and the scope guard's second
// opinion): each word, each pair of neighbours, and the character 3–5-grams of each word. Each model folds the text
// into words its own way first; trained weights depend on these feature names, so they must not change.

/** One feature occurrence and the indices of the words it belongs to. */
export interface FeatureHit {
  feature: string;
  words: number[];
}

const MIN_CHAR_GRAM = 3;
const MAX_CHAR_GRAM = 5;

/**
 * "w:burden" for a word, "b:a burden" for a pair of neighbours, "c:<bur", "c:den>" for the character n-grams of a
 * word padded with "<" and ">" (so beginnings and endings are grams of their own, and a misspelt or inflected word
 * still shares most of its grams). A feature is listed once per occurrence, in word order.
 */
export function wordGramHits(words: readonly string[]): FeatureHit[] {
  const hits: FeatureHit[] = [];
  words.forEach((word, index) => {
    hits.push({ feature: `w:${word}`, words: [index] });
    const next = words[index + 1];
    if (next !== undefined) hits.push({ feature: `b:${word} ${next}`, words: [index, index + 1] });
    const padded = `<${word}>`;
    for (let size = MIN_CHAR_GRAM; size <= MAX_CHAR_GRAM; size++) {
      for (let start = 0; start + size <= padded.length; start++) {
        hits.push({ feature: `c:${padded.slice(start, start + size)}`, words: [index] });
      }
    }
  });
  return hits;
}
