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
  /** What is asked about (treatment, cause…) rather than the subject: weighs less in a card's score. */
  aspect: boolean;
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

/** A query word, after spelling correction: `typed` keeps what was typed when it was corrected. */
interface QueryWord extends Word {
  typed?: string;
}

/** The better of two suggestions: the closer, the index's on ties; only one starting with the same letter. */
function bestSuggestion(
  word: string,
  ...suggestions: ({ term: string; distance: number } | undefined)[]
): string | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const suggestion of suggestions) {
    // A typo rarely hits the first letter, while a real word one letter off ("rabies", "babies") often does.
    if (suggestion === undefined || suggestion.term[0] !== word[0]) continue;
    if (best === undefined || suggestion.distance < best.distance) best = suggestion;
  }
  return best?.term;
}

/**
 * Reads each word that neither the index nor the lexicon holds as written as its nearest spelling in
 * either, keeping what was typed too: the typed word's stem may still match ("treatement" finds
 * "treated"), and a correct word the decks lack loses nothing.
 */
function correctSpelling(words: Word[], lexicon: SynonymLexicon, vocabulary: Vocabulary | undefined): QueryWord[] {
  if (vocabulary === undefined) return words;
  return words.map((word) => {
    if (!searchable(word.word) || lexicon.knows(word.word)) return word;
    if (vocabulary.docFreq({ text: word.word, prefix: false }) > 0) return word;
    const term = bestSuggestion(word.word, vocabulary.nearest(word.word), lexicon.nearest(word.word));
    return term === undefined ? word : { word: term, original: term, typed: word.word };
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
      if (!concepts.has(key)) {
        concepts.set(key, {
          label: lexicon.label(group),
          alternatives: lexicon.alternatives(group),
          aspect: lexicon.isAspect(group),
        });
      }
      matched = length;
    }
    if (matched > 0) {
      at += matched;
      continue;
    }
    const { word, typed } = words[at] as QueryWord;
    at++;
    if (isStopWord(word)) continue;
    const alternatives = [...wordAlternatives(word), ...(typed === undefined ? [] : wordAlternatives(typed))];
    const key = `word:${(alternatives[0] as Alternative).map((t) => t.text).join(' ')}`;
    if (!concepts.has(key)) concepts.set(key, { label: word, alternatives, aspect: false });
  }
  return [...concepts.values()].slice(0, MAX_CONCEPTS);
}

/** One alternative as an FTS5 phrase: quoted (quotes doubled), with * when its last token is a prefix. */
export function ftsPhrase(alternative: Alternative): string {
  const text = alternative.map((token) => token.text.replace(/"/g, '""')).join(' ');
  return `"${text}"${alternative[alternative.length - 1]?.prefix ? '*' : ''}`;
}

/** Every alternative of the given concepts, OR-ed: a card matching any of them is a candidate. */
export function ftsExpression(concepts: readonly Concept[]): string | null {
  const phrases = new Set(concepts.flatMap((concept) => concept.alternatives.map(ftsPhrase)));
  return phrases.size === 0 ? null : [...phrases].join(' OR ');
}
