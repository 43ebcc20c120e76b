// The learned notice layer's features, read from the text as the safety rules see it (normalizeForSafety: lower
// case, no accents, no punctuation): word unigrams, word bigrams, the character 3–5-grams of each word, and the
// word classes of the rules' tagger ("poison my husband" also gives "t:poison KIN", so one person word teaches
// them all). Every feature remembers the words it came from, so an added notice can be explained by the
// question's own words. Apostrophes split words ("l'insuline" → "l", "insuline"; "don't" → "don", "t"), so French
// elision and English contractions give the same bigrams whether or not the apostrophe was typed.
import { wordGramHits, type FeatureHit } from '../../text-features/word-grams';
import { tagWithSpans, type TaggedText } from '../word-classes';

export type { FeatureHit };

export interface ExtractedFeatures {
  /** The normalised words, in order. */
  words: string[];
  hits: FeatureHit[];
  /** How many times each distinct feature occurs. */
  occurrences: Map<string, number>;
}

const WORD = /[^\s'/]+/g;
/** A word of tagged text that is a class token ("KIN", "KINs", "MED"): normalised text has no capitals. */
const TOKEN = /^[A-Z]/;

interface Located {
  word: string;
  start: number;
  end: number;
}

const locate = (text: string): Located[] =>
  [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));

/** The words of a normalised question ("i don't want" → "i", "don", "t", "want"). */
export function wordsOf(normalized: string): string[] {
  return locate(normalized).map((located) => located.word);
}

/** For each word of the tagged text, the normalised words it stands for. */
function taggedWords(tagged: TaggedText, words: readonly Located[]): { word: string; covers: number[] }[] {
  return locate(tagged.text).map(({ word, start, end }) => {
    const from = tagged.starts[start] ?? start;
    const to = tagged.ends[end - 1] ?? end;
    const covers = words.flatMap((located, index) => (located.start < to && located.end > from ? [index] : []));
    return { word, covers };
  });
}

/**
 * The word grams (text-features/word-grams.ts), then "t:KIN", "t:poison KIN" for a class token and a pair with
 * one. A feature is listed once per occurrence. `tagged` is tagWithSpans(normalized), passed in when the caller
 * has it already.
 */
export function extractFeatures(normalized: string, tagged: TaggedText = tagWithSpans(normalized)): ExtractedFeatures {
  const located = locate(normalized);
  const words = located.map((entry) => entry.word);
  const hits = wordGramHits(words);
  if (tagged.text !== normalized) {
    const classed = taggedWords(tagged, located);
    classed.forEach(({ word, covers }, index) => {
      const isToken = TOKEN.test(word);
      if (isToken) hits.push({ feature: `t:${word}`, words: covers });
      const next = classed[index + 1];
      if (next !== undefined && (isToken || TOKEN.test(next.word))) {
        hits.push({ feature: `t:${word} ${next.word}`, words: [...covers, ...next.covers] });
      }
    });
  }
  const occurrences = new Map<string, number>();
  for (const hit of hits) occurrences.set(hit.feature, (occurrences.get(hit.feature) ?? 0) + 1);
  return { words, hits, occurrences };
}
