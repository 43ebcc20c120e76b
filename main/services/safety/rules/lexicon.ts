// Building blocks for the rules, as regex source. Rules in a rule set's `tagged` list run on the text with word
// classes replaced by tokens (see ../word-classes.ts): KIN (adults: family, friends, colleagues, strangers), CHILD
// (young children), MED (a medicine), ANIMAL, BODY (a body part), FOOD (food, drink, a room). Those tokens are the
// only place the long word lists appear, so "someone gave PERSON's MED" stays a short, fast pattern.

/** `(?:a|b|c)` from alternatives. */
export const alt = (...parts: readonly string[]): string => `(?:${parts.join('|')})`;

/** `a` then `b`, or `b` then `a`, at most `gap` characters apart. */
export const near = (a: string, b: string, gap: number): string =>
  `(?:\\b${a}\\b.{0,${gap}}\\b${b}|\\b${b}\\b.{0,${gap}}\\b${a})`;

/** Any one word, then a space: for short runs of adjectives ("my little brother", "his own dog"). */
export const WORD = "[\\w']+ ";

/** Tokens of tagged text. People keep a plural "s"/"es" after the token ("KINs"). */
export const KIN = 'KIN';
export const CHILD = 'CHILD';
export const MED = 'MED';
export const ANIMAL = 'ANIMAL';
export const BODY = 'BODY';
export const FOOD = 'FOOD';

/** Anyone but the asker: an adult or a child. */
export const SOMEONE = '(?:KIN|CHILD)(?:e?s)?';

/** Someone other than the asker, as an object: "someone", "him", "my little brother", "a girl". */
export const PERSON = alt(
  'someone',
  'somebody',
  'anyone',
  'a human',
  'people',
  'him',
  'her',
  'them',
  `(?:a|an|the|this|that|some|my|his|her|their|our|your) (?:${WORD}){0,2}?${SOMEONE}`,
  SOMEONE,
);

/** Someone else's, possessive: "someone's", "his", "my wife's", "the neighbour's", "grandma's", "my moms". */
export const PERSON_POSS = alt(
  "someone's",
  "somebody's",
  "someone else's",
  'his',
  'her',
  'their',
  `(?:(?:my|his|her|their|our|your|a|the) (?:${WORD}){0,2}?)?(?:KIN|CHILD)(?:'s|s'|e?s)`,
);

/**
 * Abstract nouns, moods and tastes that follow a figurative "dose of" / "overdose of" in en/es/fr/de ("a dose of
 * sarcasm", "una dosis de paciencia", "une dose de folie", "eine Überdosis Romantik"), and nouns recognised by
 * their endings (humility, kindness, realism, enthusiasm, humildad, Ehrlichkeit, Realität). No medicine ends so.
 */
export const FIGURATIVE_NOUN = alt(
  'reality',
  'humou?r',
  'luck',
  'fun',
  'sunshine',
  'inspiration',
  'motivation',
  'nostalgia',
  'common sense',
  'laughter',
  'patience',
  'truth',
  'drama',
  'fresh air',
  'good news',
  'courage',
  'perspective',
  'romance',
  'love',
  'vitamin sea',
  'hot takes',
  'takes',
  'opinions',
  'meetings',
  'emails',
  'notifications',
  'selfies',
  'memes',
  'paperwork',
  'reunions',
  'azucar',
  'sucre',
  'zucker',
  'series',
  'serien',
  'netflix',
  'jargon',
  'buzzwords',
  'acronyms',
  'slides',
  'pubs',
  'publicite',
  'publicidad',
  'anuncios',
  'werbung',
  'reklame',
  'reuniones',
  'sitzungen',
  'paciencia',
  'locura',
  'suerte',
  'alegria',
  'amor',
  'carino',
  'energia',
  'sentido comun',
  'folie',
  'chance',
  'bonheur',
  'amour',
  'joie',
  'energie',
  'bon sens',
  'ironie',
  'realite',
  'humilite',
  'douceur',
  'tendresse',
  'bonne humeur',
  'romantik',
  'kitsch',
  'gluck',
  'geduld',
  'liebe',
  'wahnsinn',
  'humor',
  '\\w+(?:ity|ism|asm|ness|hood|ship|isme|asme|dad|ismo|asmo|heit|keit|ismus|asmus|itat)',
);
