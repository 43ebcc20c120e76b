// Text normalisation and tokenisation for the scope guard: NFKC, diacritics off, lower case, word tokens.

/** One word of the question: its folded form for lexicon look-ups and its original spelling for case-aware ones. */
export interface Token {
  /** Lower case, no diacritics, ß → ss: what the lexicons are written in. */
  word: string;
  /** As typed (after NFKC), so "MI" and "mi" can be told apart. */
  original: string;
}

const COMBINING_MARKS = /\p{M}+/gu;
// Letters and digits, with inner hyphens kept together ("a-fib", "beta-blocker") and split again later.
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’‘`´]/g;

/** Folds one string to the lexicon form: NFKC, lower case, no diacritics (é → e, ü → u), ß → ss, œ → oe. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * Splits text into word tokens. Apostrophes separate words so French elision ("l'insuline") and
 * English possessives ("Crohn's") leave the content word; a possessive "s" is dropped.
 */
export function tokenize(text: string): Token[] {
  const spaced = text.normalize('NFKC').replace(APOSTROPHES, ' ');
  const tokens: Token[] = [];
  for (const match of spaced.matchAll(WORD)) {
    const original = match[0];
    const word = fold(original);
    if (word === 's' && tokens.length > 0) continue;
    tokens.push({ word, original });
  }
  return tokens;
}
