// Word forms for matching: a light suffix stripper whose stem is searched as a prefix (so "infarctions"
// finds "infarction" and "infarcts", "diabetes" finds "diabetic"), and British/American spellings.
// The same rules run on the query (to build the FTS5 expression) and on candidate cards (to score
// them), so a card is scored on exactly what the index matched.

/** One searchable token: an exact folded word, or a stem that matches every word starting with it. */
export interface TokenPattern {
  text: string;
  prefix: boolean;
}

// Longest first. Medical suffixes that carry meaning (-itis, -osis, -emia as a whole) are not here:
// "nephritis" must not find "nephrotic"; "-ia" is, so "ischemia" still finds "ischemic".
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ities',
  'ity',
  'ness',
  'ings',
  'ing',
  'ions',
  'ion',
  'ical',
  'ies',
  'ied',
  'ic',
  'ia',
  'al',
  'ed',
  'es',
  'cy',
  'y',
  's',
];

/** Stems shorter than this are too vague as prefixes ("men*" would find "meningitis"). */
const MIN_STEM = 4;

function endsLikeSingular(word: string): boolean {
  // "diagnosis", "abscess", "virus", "pelvis": the final s is not a plural.
  return /(?:ss|us|is|ys)$/.test(word);
}

/**
 * How a folded word is searched: its stem as a prefix, or the word itself when it is short. A plural
 * whose stem has only four letters is searched as both exact forms, so "tests" does not find "testis".
 */
export function wordPatterns(word: string): TokenPattern[] {
  if (word.length < MIN_STEM + 1 || /\d/.test(word)) return [{ text: word, prefix: false }];
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if ((suffix === 's' || suffix === 'es') && endsLikeSingular(word)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length < MIN_STEM) continue;
    if (stem.length === MIN_STEM && suffix === 's') {
      return [
        { text: stem, prefix: false },
        { text: word, prefix: false },
      ];
    }
    return [{ text: stem, prefix: true }];
  }
  return [{ text: word, prefix: true }];
}

/** The key two spellings of one word share ("attacks" and "attack", "diabetic" and "diabetes"). */
export function wordKey(word: string): string {
  return (wordPatterns(word)[0] as TokenPattern).text;
}

// American and British spellings: [american, british, only at the start of a word].
const SPELLINGS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['hem', 'haem', true],
  ['edem', 'oedem', true],
  ['esophag', 'oesophag', true],
  ['estr', 'oestr', true],
  ['anem', 'anaem', true],
  ['ischem', 'ischaem', true],
  ['leukem', 'leukaem', true],
  ['pediatr', 'paediatr', true],
  ['orthoped', 'orthopaed', true],
  ['gynec', 'gynaec', true],
  ['tumor', 'tumour', true],
  ['emi', 'aemi', false],
  ['rrhea', 'rrhoea', false],
  ['pnea', 'pnoea', false],
];

function replaceOnce(word: string, from: string, to: string, atStart: boolean): string | null {
  if (atStart) return word.startsWith(from) ? to + word.slice(from.length) : null;
  const at = word.indexOf(from);
  return at < 0 ? null : word.slice(0, at) + to + word.slice(at + from.length);
}

/** The word in its other spelling (British <-> American), or null when it has none. */
export function otherSpelling(word: string): string | null {
  for (const [american, british, atStart] of SPELLINGS) {
    const toAmerican = replaceOnce(word, british, american, atStart);
    if (toAmerican !== null) return toAmerican;
  }
  for (const [american, british, atStart] of SPELLINGS) {
    const toBritish = replaceOnce(word, american, british, atStart);
    if (toBritish !== null) return toBritish;
  }
  return null;
}

/** Whether a card token is matched by a pattern, as FTS5 matches it (exact term, or prefix). */
export function tokenMatches(pattern: TokenPattern, token: string): boolean {
  return pattern.prefix ? token.startsWith(pattern.text) : token === pattern.text;
}
