// Word classes for the safety rules (en/es/fr/de): people, young children, medicines, animals, body parts and
// food. `tagWordClasses` rewrites a normalised question with each class word replaced by an upper-case token
// ("my brother's Xanax" → "my KIN's MED"), so a rule reads /took my KIN's MED/ instead of repeating long word
// lists. Normalised text is lower case, so a token never collides with a real word. One pass per class keeps both
// the compile time of the rules (long alternations are slow to compile) and the time per question small.
import { ANIMAL, BODY, FOOD } from './word-lists/animals-body-food';
import { MED } from './word-lists/medicines';
import { CHILD, KIN } from './word-lists/people';

/** The tokens as they appear in tagged text. */
export const TOKEN = {
  kin: 'KIN',
  child: 'CHILD',
  med: 'MED',
  animal: 'ANIMAL',
  body: 'BODY',
  food: 'FOOD',
} as const;

// Phrases first, so "mother in law" wins over "mother" and "sleeping pills" over "pills".
const byPhrase = (words: readonly string[]) => [
  ...words.filter((word) => word.includes(' ')),
  ...words.filter((word) => !word.includes(' ')),
];
const wordsOf = (words: readonly string[]) => `(?:${byPhrase(words).join('|')})`;

/** People keep their plural "s"/"es" ("KINs"), so "my roommates xanax" still reads as someone else's. */
// Children after people and animals, so that French "son mari" / "son chien" is already tagged when "son" is read.
const CLASSES: readonly [RegExp, string][] = [
  [new RegExp(`\\b${wordsOf(MED)}\\b`, 'g'), TOKEN.med],
  [new RegExp(`\\b${wordsOf(KIN)}(e?s)?\\b`, 'g'), `${TOKEN.kin}$1`],
  [new RegExp(`\\b${wordsOf(ANIMAL)}\\b`, 'g'), TOKEN.animal],
  [new RegExp(`\\b${wordsOf(CHILD)}(e?s)?\\b`, 'g'), `${TOKEN.child}$1`],
  [new RegExp(`\\b${wordsOf(BODY)}\\b`, 'g'), TOKEN.body],
  [new RegExp(`\\b${wordsOf(FOOD)}\\b`, 'g'), TOKEN.food],
];

/** Tagged text, with where each of its characters came from in the normalised text. */
export interface TaggedText {
  text: string;
  /** For each character of `text`, the start and end (exclusive) of what it stands for in the normalised text. */
  starts: number[];
  ends: number[];
}

/** The normalised text with each class word replaced by its token ("my brother's pills" → "my KIN's MED"). */
export function tagWordClasses(normalized: string): string {
  let tagged = normalized;
  for (const [pattern, token] of CLASSES) tagged = tagged.replace(pattern, token);
  return tagged;
}

/** The same, keeping a map back to the normalised text so that a match can be reported in the question's words. */
export function tagWithSpans(normalized: string): TaggedText {
  let text = normalized;
  let starts = Array.from({ length: text.length }, (_, index) => index);
  let ends = starts.map((index) => index + 1);
  for (const [pattern, replacement] of CLASSES) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    let out = '';
    const nextStarts: number[] = [];
    const nextEnds: number[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      const copy = (from: number, to: number) => {
        out += text.slice(from, to);
        nextStarts.push(...starts.slice(from, to));
        nextEnds.push(...ends.slice(from, to));
      };
      copy(last, at);
      const suffix = match[1] ?? '';
      const word = match[0].length - suffix.length;
      const token = replacement.replace('$1', '');
      out += token;
      const start = starts[at] ?? at;
      const end = ends[at + word - 1] ?? at + word;
      for (let i = 0; i < token.length; i += 1) {
        nextStarts.push(start);
        nextEnds.push(end);
      }
      copy(at + word, at + match[0].length);
      last = at + match[0].length;
    }
    out += text.slice(last);
    nextStarts.push(...starts.slice(last));
    nextEnds.push(...ends.slice(last));
    text = out;
    starts = nextStarts;
    ends = nextEnds;
  }
  return { text, starts, ends };
}

/** The words of the normalised text that a match in tagged text covers. */
export function untag(tagged: TaggedText, normalized: string, from: number, to: number): string {
  if (to <= from) return '';
  return normalized.slice(tagged.starts[from], tagged.ends[to - 1]);
}
