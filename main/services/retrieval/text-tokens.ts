// Splits text into words the way the cards index does (FTS5 unicode61 with diacritics removed: runs of
// letters and digits, case-folded), keeping the typed spelling so "MI" and "mi" can be told apart.
import { fold } from '../scope/normalize';

export interface Word {
  /** Folded: lower case, no diacritics, as the index stores it. */
  word: string;
  /** As typed. */
  original: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.normalize('NFKC').matchAll(WORD)) {
    const word = fold(match[0]);
    if (word.length > 0) words.push({ word, original: match[0] });
  }
  return words;
}

/** Folded words only (for scoring card text): the text folded once, then split, as it runs per candidate card. */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Whether the word was typed in capitals ("MI", "AF"), which marks an abbreviation. */
export function typedInCapitals(word: Word): boolean {
  return /\p{Lu}/u.test(word.original) && word.original === word.original.toUpperCase();
}

// Function words and the way questions are asked ("what is", "tell me about", "explain"): they say
// nothing about which card answers, and in a deck of questions every card front has them.
const STOP_WORDS = new Set(
  `a an the and or but if then than so of in on at to for from by with about into onto over under as is are was were be
  been being am do does did doing done have has had having can could will would shall should may might must it its this
  that these those there here what which who whom whose when where why how i me my we our you your he she him her his
  they them their one ones some any all each every other another such same very just also only even still yet not no
  nor too much many more most less least few lot lots please tell explain describe give list name state summarize
  summarise know knowing want need help question questions answer answers mean meant means regarding concerning
  like usually typically commonly generally often normally called known used use using something someone thing things
  way ways kind type types example examples e g eg ie etc vs versus people person someone somebody patient
  patients get gets got getting give gives given giving happen happens happened go goes going make makes made doctor doctors needs problem problems issue issues
  trouble`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
