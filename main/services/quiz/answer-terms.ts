// Words of an answer as the grader compares them: folded (case, accents), HTML and punctuation gone,
// numbers canonical ("5.0" = "5"), abbreviations expanded, and a forgiving word match (plurals,
// British spellings, one or two typos) so a student is not marked wrong for spelling.
import { boundedEditDistance } from '../scope/fuzzy';
import { fold } from '../scope/normalize';
import { expandAbbreviation } from './abbreviations';

/** Function words and question words: never key terms of an answer. */
const STOP_WORDS = new Set(
  `a an the and or but nor of in on at to for from by with without within into onto over under about as is are was
  were be been being am it its it's this that these those there their they them he she his her him we our you your
  i me my do does did done has have had having can could will would shall should may might must than then so such
  also very more most less least which what who whom whose when where why how if not only just each any all some
  both either neither other another same own per via vs e.g i.e etc called known usually typically often mainly
  due because caused cause causes`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Units are part of a full answer but weigh less than the value or the term itself. */
const UNITS = new Set(
  `mmol/l mmol mol/l meq/l meq mg/dl g/dl g/l mg/l ug/l ng/ml pg/ml iu/l u/l mmhg cmh2o kpa mg g kg mcg ug ml l dl
  cm mm m bpm min h hr hrs s sec ms percent %`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export const UNIT_WEIGHT = 0.5;

// Tags the student may paste or type ("<b>x</b>"); card HTML is read as text before it gets here.
const TAG = /<[^>]{0,200}>/g;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g;
// A thousands separator ("1,000") is not a decimal comma.
const THOUSANDS = /(\d),(\d{3})(?!\d)/g;
// Decimal numbers (with "%" or letters glued on: "5mg", "2Cl"), and words with inner "/" kept
// together (mmol/L, mg/dL); hyphens split words.
const TOKEN = /\d+(?:[.,]\d+)?(?:%|\p{L}[\p{L}\p{N}]*(?:\/[\p{L}\p{N}]+)*)?|[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*/gu;
// A number with a unit glued on ("3.5mmol/l") is two words, as when written with a space.
const NUMBER_AND_REST = /^(\d+(?:[.,]\d+)?)(.+)$/;

/** Folded text without markup or punctuation, words separated by one space (for "exactly the same"). */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ');
}

/** The words of a text, folded, numbers canonical, abbreviations replaced by the words they stand for. */
export function tokenize(text: string): string[] {
  const plain = fold(text.replace(TAG, ' ').replace(ENTITY, ' ')).replace(THOUSANDS, '$1$2');
  const words: string[] = [];
  for (const match of plain.matchAll(TOKEN)) {
    for (const part of splitUnit(match[0])) {
      const word = canonicalNumber(part);
      words.push(...(expandAbbreviation(word) ?? [word]));
    }
  }
  return words;
}

function splitUnit(token: string): string[] {
  const parts = NUMBER_AND_REST.exec(token);
  return parts?.[1] && parts[2] && UNITS.has(parts[2]) ? [parts[1], parts[2]] : [token];
}

function canonicalNumber(word: string): string {
  if (!/^\d+(?:[.,]\d+)?%?$/.test(word)) return word;
  const percent = word.endsWith('%');
  const value = Number.parseFloat((percent ? word.slice(0, -1) : word).replace(',', '.'));
  return Number.isFinite(value) ? `${value}${percent ? '%' : ''}` : word;
}

/** One word the answer is expected to contain, with how much it counts. */
export interface KeyTerm {
  word: string;
  weight: number;
}

/**
 * The words that make the answer: the back's content words that the front does not already give
 * (so a cloze's context, or a question repeated on the back, is not asked for). When the back only
 * repeats the front, its content words are used; when it has none (e.g. "Yes"), every word.
 */
export function keyTerms(back: string, front: string): KeyTerm[] {
  const backWords = unique(tokenize(back));
  const content = backWords.filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)));
  const frontWords = tokenize(front);
  const fresh = content.filter((word) => !frontWords.some((other) => sameWord(word, other)));
  const chosen = fresh.length > 0 ? fresh : content.length > 0 ? content : backWords;
  return chosen.map((word) => ({ word, weight: UNITS.has(word) ? UNIT_WEIGHT : 1 }));
}

/** The first word of `words` that counts as `term` (same stem, or a small typo of it), or null. */
export function findTerm(term: string, words: readonly string[]): string | null {
  return words.find((word) => sameWord(term, word)) ?? null;
}

/**
 * Numbers and short words must match exactly; longer words may differ in an ending ("ischemia" /
 * "ischemic", "kidneys"), in British spelling ("anaemia") or by a typo: one edit up to 7 letters, two from 8.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const x = stem(a);
  const y = stem(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || opposite(x, y)) return false;
  if (sharesStem(x, y)) return true;
  const limit = Math.max(x.length, y.length) >= 8 ? 2 : 1;
  return boundedEditDistance(x, y, limit) <= limit;
}

// Prefixes that turn a word into its opposite: "hyperkalemia" is two edits from "hypokalemia".
const OPPOSED_PREFIXES = ['hyper', 'hypo', 'tachy', 'brady', 'micro', 'macro', 'poly', 'oligo', 'hemi', 'pan'];

function opposite(x: string, y: string): boolean {
  const prefixOf = (word: string) => OPPOSED_PREFIXES.find((prefix) => word.startsWith(prefix)) ?? '';
  return prefixOf(x) !== prefixOf(y);
}

/** Both words start alike for ≥ 5 letters and differ only in an ending of at most three letters. */
function sharesStem(x: string, y: string): boolean {
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 5 && x.length - common <= 3 && y.length - common <= 3;
}

/** A light English stemmer: plural and verb endings off, British "ae"/"oe" as American "e". */
function stem(word: string): string {
  let out = word.replace(/ae/g, 'e').replace(/oe/g, 'e');
  if (out.length > 4 && out.endsWith('ies')) out = `${out.slice(0, -3)}y`;
  else if (out.length > 4 && /(?:ses|xes|ches|shes)$/.test(out)) out = out.slice(0, -2);
  else if (out.length > 3 && out.endsWith('s') && !/(?:ss|us|is)$/.test(out)) out = out.slice(0, -1);
  if (out.length > 5 && out.endsWith('ing')) out = out.slice(0, -3);
  else if (out.length > 4 && out.endsWith('ed')) out = out.slice(0, -2);
  return out;
}

/** Drops repeats, counting "kidney" and "kidneys" once. */
function unique(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const word of words) if (!kept.some((other) => sameWord(word, other))) kept.push(word);
  return kept;
}
