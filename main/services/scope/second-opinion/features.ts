// Turns a question into the second opinion's features: folded words, word pairs and the character 3–5-grams of
// each word. Every feature remembers the words it came from, so a decision can be explained by words.
// The folding is the second opinion's own (not the guard's tokenizer) so a change to the guard cannot shift a
// trained model's features.
import { wordGramHits, type FeatureHit } from '../../text-features/word-grams';

export type { FeatureHit };

export interface ExtractedFeatures {
  /** The folded words, in order. */
  words: string[];
  hits: FeatureHit[];
}

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
// Letters and digits, inner hyphens kept ("beta-blocker", "mg/kg" splits into "mg" and "kg").
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** NFKC, lower case, diacritics off (é → e), ß → ss. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
}

/** The folded words of a text; apostrophes split ("l'insuline" → "l", "insuline"). */
export function foldedWords(text: string): string[] {
  return [...foldText(text).replace(APOSTROPHES, ' ').matchAll(WORD)].map((match) => match[0]);
}

/**
 * Word unigrams ("w:period"), word bigrams ("b:my period") and character n-grams of each word padded with
 * "<" and ">" so prefixes and endings are their own grams ("c:<per", "c:iod>"). A feature is listed once per
 * occurrence; the trainer and the model decide how occurrences count.
 */
export function extractFeatures(text: string): ExtractedFeatures {
  const words = foldedWords(text);
  return { words, hits: wordGramHits(words) };
}
