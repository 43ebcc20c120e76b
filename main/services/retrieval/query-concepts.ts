// Turns what the student typed into concepts to search: misspelt words corrected against the index's
// vocabulary, synonym phrases ("heart attack", "MI") expanded to every spelling, stop words dropped,
// other words searched by their stem. Also writes the FTS5 expression, quoting every token, so no
// input can be read as FTS5 syntax.
import { wordAlternatives, type Alternative, type SynonymLexicon } from './synonym-lexicon';
import { isStopWord, splitWords, typedInCapitals, type Word } from './text-tokens';
import type { TokenPattern } from './word-forms';

export interface Concept {
  /** What it stands for, for debugging and tests: a synonym group's first spelling or the word. */
  label: string;
  alternatives: Alternative[];
}

/** What query building needs from the index: term counts and spelling suggestions. */
export interface Vocabulary {
  docFreq(pattern: TokenPattern): number;
  nearest(word: string): { term: string; distance: number } | undefined;
}

/** Long questions are cut here: later words rarely change which cards answer. */
const MAX_WORDS = 64;
const MAX_CONCEPTS = 24;

function searchable(word: string): boolean {
  return word.length >= 5 && !/\d/.test(word) && !isStopWord(word);
}

/** A word found nowhere in the index (not as itself, a stem or its other spelling). */
function absent(word: string, vocabulary: Vocabulary): boolean {
  return wordAlternatives(word).every((alternative) => vocabulary.docFreq(alternative[0] as TokenPattern) === 0);
}

/** Replaces each word the index and the lexicon both lack by its nearest spelling in either (the index first on ties). */
function correctSpelling(words: Word[], lexicon: SynonymLexicon, vocabulary: Vocabulary | undefined): Word[] {
  if (vocabulary === undefined) return words;
  return words.map((word) => {
    if (!searchable(word.word) || lexicon.knows(word.word) || !absent(word.word, vocabulary)) return word;
    const inIndex = vocabulary.nearest(word.word);
    const inLexicon = lexicon.nearest(word.word);
    const best =
      inLexicon !== undefined && (inIndex === undefined || inLexicon.distance < inIndex.distance) ? inLexicon : inIndex;
    return best === undefined ? word : { word: best.term, original: best.term };
  });
}

export function buildConcepts(query: string, lexicon: SynonymLexicon, vocabulary?: Vocabulary): Concept[] {
  const words = correctSpelling(splitWords(query).slice(0, MAX_WORDS), lexicon, vocabulary);
  const concepts = new Map<string, Concept>();
  let at = 0;
  while (at < words.length) {
    let matched = 0;
    for (let length = Math.min(lexicon.longestForm, words.length - at); length >= 1 && matched === 0; length--) {
      const phrase = words.slice(at, at + length);
      const group = lexicon.groupOf(phrase.map((w) => w.word));
      if (group === undefined) continue;
      const first = phrase[0] as Word;
      if (length === 1 && lexicon.capitalsOnly(first.word) && !typedInCapitals(first)) continue;
      const key = `group:${group}`;
      if (!concepts.has(key))
        concepts.set(key, { label: lexicon.label(group), alternatives: lexicon.alternatives(group) });
      matched = length;
    }
    if (matched > 0) {
      at += matched;
      continue;
    }
    const { word } = words[at] as Word;
    at++;
    if (isStopWord(word)) continue;
    const alternatives = wordAlternatives(word);
    const key = `word:${(alternatives[0] as Alternative).map((t) => t.text).join(' ')}`;
    if (!concepts.has(key)) concepts.set(key, { label: word, alternatives });
  }
  return [...concepts.values()].slice(0, MAX_CONCEPTS);
}

/** One alternative as an FTS5 phrase: quoted (quotes doubled), with * when its last token is a prefix. */
export function ftsPhrase(alternative: Alternative): string {
  const text = alternative.map((token) => token.text.replace(/"/g, '""')).join(' ');
  return `"${text}"${alternative[alternative.length - 1]?.prefix ? '*' : ''}`;
}

/** Every alternative of every concept, OR-ed: a card matching any of them is a candidate. */
export function ftsExpression(concepts: readonly Concept[]): string | null {
  const phrases = new Set(concepts.flatMap((concept) => concept.alternatives.map(ftsPhrase)));
  return phrases.size === 0 ? null : [...phrases].join(' OR ');
}
