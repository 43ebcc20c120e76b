// Finds the medical evidence in one token: abbreviations, drug names and stems, lexicon terms,
// medical word forms, German compounds, WordNet's medical nouns and, last, likely misspellings of a known term.
import { anyCaseAbbreviations, upperOnlyAbbreviations } from './lexicon/abbreviations';
import { commonWords } from './lexicon/common-words';
import { DRUG_STEMS, STEM_EXCEPTIONS, drugNames, drugSpellings } from './lexicon/drugs';
import { everydayHealthTerms } from './lexicon/everyday-health';
import { MEDICAL_ROOTS } from './lexicon/medical-roots';
import { medicalTerms, TERM_WEIGHT, type TermStrength } from './lexicon/medical-terms';
import { pharmacologyPublicHealthTerms } from './lexicon/pharmacology-public-health';
import { EPONYMS } from './lexicon/systematic-terms';
import {
  COMBINING_PREFIXES,
  COMBINING_ROOTS,
  COMPOUND_PARTS,
  MEDICAL_SUFFIXES,
  MORPHOLOGY_EXCEPTIONS,
  NON_MEDICAL_ENDINGS,
  WEAK_SUFFIXES,
} from './lexicon/morphology';
import { boundedEditDistance, FuzzyIndex } from './fuzzy';
import knownWords from './lexicon/known-words.json' with { type: 'json' };
import wordnetMedical from './lexicon/wordnet-medical.json' with { type: 'json' };
import type { Token } from './normalize';

/** One piece of medical evidence: what was found, how, and how much it counts. */
export interface TermMatch {
  /** The folded term it matched (used by the sense rules). */
  key: string;
  /** The words as typed, for the reason. */
  shown: string;
  /** Why it counts: "drug", "abbreviation", "term", "misspelling of diabetes"… */
  kind: string;
  weight: number;
  /** How many tokens it covers (phrases cover more than one). */
  length: number;
  /**
   * Everyday words about the body ("tired", "my legs"): a question about machines, software, plants or
   * buildings uses them for those ("my laptop is tired", "the plant's skin"), so those senses cancel them.
   */
  everyday?: boolean;
  /** Found only in the WordNet tier: a word's later sense, weaker context than the hand lexicons. */
  wordnet?: boolean;
}

const DRUG_WEIGHT = 2;
const ABBREVIATION_WEIGHT = 2;
const WORD_FORM_WEIGHT = 1.5;
/** A suffix that ordinary words share ("-ose") is moderate evidence on its own. */
const WEAK_WORD_FORM_WEIGHT = 0.6;
/** A misspelling counts a little less than the word it stands for. */
const FUZZY_FACTOR = 0.8;
/** The shortest first word of a two-word term read as misspelt: "blod" (pressure), never "an" or "of". */
const MIN_PAIR_TYPO = 3;
const MAX_PHRASE_WORDS = 3;
/**
 * WordNet tier (bench/build-scope-wordnet-terms.ts): only words the hand lexicon lacks. A noun whose first
 * sense is medical and that has at most two senses ("chalazion") counts as a strong term; one with more senses
 * ("pica") as a figurative one; one whose medical sense is a later one ("wart") as less than a generic one.
 */
const WORDNET_WEIGHT: Record<keyof typeof wordnetMedical, number> = {
  strong: TERM_WEIGHT.strong,
  moderate: TERM_WEIGHT.figurative,
  // Less than the hand lexicon's generic words: WordNet's later senses are often far from medicine.
  weak: 0.3,
};
const MAX_CACHED_WORDS = 20_000;

export class TermMatcher {
  private readonly terms = medicalTerms();
  /** Exact-only vocabularies: never typo targets, as no dictionary scan has cleared the words near them. */
  private readonly everydayTerms = everydayHealthTerms();
  private readonly pharmacologyTerms = pharmacologyPublicHealthTerms();
  private readonly drugs = drugNames();
  /** fr/es/de spellings of the drug names ('metformine', 'omeprazol'): exact matches only. */
  private readonly drugSpellings = drugSpellings();
  private readonly anyCase = anyCaseAbbreviations();
  private readonly upperOnly = upperOnlyAbbreviations();
  private readonly common: Set<string>;
  private readonly fuzzy: FuzzyIndex;
  /** Multi-word entries, so a phrase look-up is one set test. */
  private readonly phrases: Set<string>;
  /** WordNet lemma → weight; never used for misspellings (exact words and phrases only). */
  private readonly wordnet = new Map<string, number>();
  private readonly cache = new Map<string, TermMatch | undefined>();
  /** Two-word terms by their second word ("pressure" → "blood"), for a misspelt first word ("blod pressure"). */
  private readonly pairsBySecond = new Map<string, string[]>();

  /**
   * knownWords: dictionary words (en/es/fr/de) that lie within typo distance of a medical term but are
   * ordinary words ("inflation" ≈ "infection", "paella" ≈ "patella"); never read as misspellings.
   * bench/build-scope-known-words.ts computes them with an empty list.
   */
  constructor(options: { knownWords?: readonly string[] } = {}) {
    this.common = new Set([...commonWords(), ...(options.knownWords ?? knownWords)]);
    const fuzzyTerms = [...this.terms].filter(([, strength]) => strength !== 'weak').map(([term]) => term);
    this.fuzzy = new FuzzyIndex([...fuzzyTerms, ...this.drugs]);
    for (const tier of ['weak', 'moderate', 'strong'] as const) {
      for (const lemma of wordnetMedical[tier]) this.wordnet.set(lemma, WORDNET_WEIGHT[tier]);
    }
    for (const [term, strength] of this.terms) {
      const [first, second, ...rest] = term.split(' ');
      if (strength === 'weak' || rest.length > 0 || !first || !second || !/^[a-z]+$/.test(first)) continue;
      this.pairsBySecond.set(second, [...(this.pairsBySecond.get(second) ?? []), first]);
    }
    // Only strong WordNet phrases: a vaguer one ("black eye") must not hide a better single-word match ("eye").
    const wordnetPhrases = wordnetMedical.strong.filter((lemma) => lemma.includes(' '));
    this.phrases = new Set(
      [
        ...this.terms.keys(),
        ...this.drugs,
        ...this.anyCase,
        ...wordnetPhrases,
        ...this.everydayTerms.keys(),
        ...this.pharmacologyTerms.keys(),
      ].filter((key) => key.includes(' ')),
    );
  }

  /** The evidence starting at tokens[index], or undefined. Tries phrases first, then the single word. */
  match(tokens: readonly Token[], index: number): TermMatch | undefined {
    for (let size = MAX_PHRASE_WORDS; size >= 2; size--) {
      if (index + size > tokens.length) continue;
      const slice = tokens.slice(index, index + size);
      // A hyphenated word inside a phrase reads as its parts: "elimination half-life" = "elimination half life".
      const phrase = slice
        .map((token) => token.word)
        .join(' ')
        .replace(/-/g, ' ');
      if (!this.phrases.has(phrase)) continue;
      const shown = slice.map((token) => token.original).join(' ');
      const found = this.exact(phrase, shown) ?? this.fromWordnet(phrase, shown);
      if (found) return { ...found, length: size };
    }
    const pair = this.misspeltPair(tokens, index);
    if (pair) return pair;
    const token = tokens[index] as Token;
    // Words repeat within and across questions; the single-word look-up (fuzzy search included) is memoised.
    const cacheKey = `${token.original}\u0000${token.word}`;
    if (this.cache.has(cacheKey)) return this.cache.get(cacheKey);
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    const found = this.single(token);
    this.cache.set(cacheKey, found);
    return found;
  }

  private single(token: Token): TermMatch | undefined {
    const { word, original } = token;
    if (this.upperOnly.has(original)) return this.result(word, original, 'abbreviation', ABBREVIATION_WEIGHT);
    const direct = this.exact(word, original) ?? this.exact(word.replace(/-/g, ' '), original);
    if (direct) return direct;
    // Hyphenated words: the best of their parts ("beta-blocker" → "blocker" is nothing, "anti-inflammatory" → …).
    if (word.includes('-')) {
      const originals = original.split('-');
      for (const [index, part] of word.split('-').entries()) {
        const found = this.single({ word: part, original: originals[index] ?? part });
        if (found) return { ...found, shown: original };
      }
      return undefined;
    }
    if (!/^[a-z]+$/.test(word)) return undefined;
    const singular = word.endsWith('es')
      ? [word.slice(0, -1), word.slice(0, -2)]
      : word.endsWith('s')
        ? [word.slice(0, -1)]
        : [];
    for (const form of singular) {
      const found = this.exact(form, original);
      // A plural of an any-case abbreviation is no abbreviation: "Alps" is not ALP.
      if (found && found.kind !== 'abbreviation') return found;
    }
    return (
      this.byForm(word, original) ??
      [word, ...singular].map((form) => this.fromWordnet(form, original)).find((found) => found !== undefined) ??
      this.misspelt(word, original)
    );
  }

  /** The WordNet tier, after the hand lexicon and the word-form rules; ordinary words never count. */
  private fromWordnet(key: string, shown: string): TermMatch | undefined {
    const weight = this.wordnet.get(key);
    if (weight === undefined || this.common.has(key)) return undefined;
    return { ...this.result(key, shown, weight >= 1 ? 'term' : 'general word', weight), wordnet: true };
  }

  /** Lexicon, drug and any-case abbreviation look-up of a folded word or phrase. */
  private exact(key: string, shown: string): TermMatch | undefined {
    if (this.anyCase.has(key)) return this.result(key, shown, 'abbreviation', ABBREVIATION_WEIGHT);
    if (this.drugs.has(key) || this.drugSpellings.has(key)) return this.result(key, shown, 'drug', DRUG_WEIGHT);
    const strength: TermStrength | undefined = this.terms.get(key);
    if (strength) return this.result(key, shown, strength === 'weak' ? 'general word' : 'term', TERM_WEIGHT[strength]);
    const technical = this.pharmacologyTerms.get(key);
    if (technical !== undefined) return this.result(key, shown, technical >= 1 ? 'term' : 'general word', technical);
    const everyday = this.everydayTerms.get(key);
    if (everyday !== undefined) return { ...this.result(key, shown, 'everyday health word', everyday), everyday: true };
    return undefined;
  }

  /** Drug stems, clinical suffixes, medical roots and German compounds. */
  private byForm(word: string, shown: string): TermMatch | undefined {
    if (this.common.has(word) || MORPHOLOGY_EXCEPTIONS.has(word) || STEM_EXCEPTIONS.has(word)) return undefined;
    for (const [stem, drugClass] of DRUG_STEMS) {
      if (word.length >= stem.length + 3 && word.endsWith(stem)) {
        return this.result(word, shown, `drug: ${drugClass}`, DRUG_WEIGHT);
      }
    }
    if (NON_MEDICAL_ENDINGS.some((ending) => word.endsWith(ending))) return undefined;
    const beginning = this.medicalBeginning(word);
    for (const [suffix, meaning] of MEDICAL_SUFFIXES) {
      if (word.length >= suffix.length + 3 && word.endsWith(suffix)) {
        const weak = WEAK_SUFFIXES.has(suffix) && beginning === undefined;
        return this.result(
          word,
          shown,
          `medical word form: ${meaning}`,
          weak ? WEAK_WORD_FORM_WEIGHT : WORD_FORM_WEIGHT,
        );
      }
    }
    if (beginning !== undefined) return this.result(word, shown, `medical word form${beginning}`, WORD_FORM_WEIGHT);
    if (word.length >= 9) {
      const part = COMPOUND_PARTS.find((candidate) => word.includes(candidate));
      if (part) return this.result(word, shown, `compound with "${part}"`, WORD_FORM_WEIGHT);
    }
    return undefined;
  }

  /** How a word begins medically: a root ("cardio…"), or a prefix with a root ("hypo" + "kal"); '' or a note. */
  private medicalBeginning(word: string): string | undefined {
    if (word.length >= 7 && MEDICAL_ROOTS.some((root) => word.startsWith(root))) return '';
    if (word.length < 8) return undefined;
    const prefix = COMBINING_PREFIXES.find((candidate) => word.startsWith(candidate));
    if (prefix === undefined) return undefined;
    const root = COMBINING_ROOTS.find((candidate) => word.startsWith(candidate, prefix.length));
    return root === undefined ? undefined : `: ${prefix}- + ${root}-`;
  }

  /** The term a misspelt word stands for, ignoring the known-word list (for building that list). */
  misspellingOf(word: string): string | undefined {
    if (this.common.has(word)) return undefined;
    // Capitalised, as at the start of a sentence, so words near an eponym ("Crushing" ≈ "Cushing") are listed too.
    const found = this.single({ word, original: word.charAt(0).toUpperCase() + word.slice(1) });
    return found?.kind.startsWith('misspelling') ? found.key : undefined;
  }

  /**
   * A two-word term whose second word is exact and whose first is one edit away: "blod pressure", "brest
   * cancer". The exact second word vouches for the short first one, which alone is too short to read as a typo.
   */
  private misspeltPair(tokens: readonly Token[], index: number): TermMatch | undefined {
    const first = tokens[index];
    const second = tokens[index + 1];
    if (!first || !second || first.word.length < MIN_PAIR_TYPO || this.common.has(first.word)) return undefined;
    const firsts = this.pairsBySecond.get(second.word);
    if (!firsts || !/^[a-z]+$/.test(first.word) || this.terms.has(first.word)) return undefined;
    const near = firsts.find((word) => word !== first.word && boundedEditDistance(first.word, word, 1) <= 1);
    if (near === undefined) return undefined;
    const term = `${near} ${second.word}`;
    const exact = this.exact(term, term);
    if (!exact) return undefined;
    const shown = `${first.original} ${second.original}`;
    return { ...this.result(term, shown, `misspelling of ${term}`, exact.weight * FUZZY_FACTOR), length: 2 };
  }

  private misspelt(word: string, shown: string): TermMatch | undefined {
    if (word.length < 5 || this.common.has(word)) return undefined;
    const near = this.fuzzy.nearest(word);
    if (!near) return undefined;
    // Names are typed with a capital: a lower-case "crushing" is a word of its own, not a misspelt "Cushing".
    if (EPONYMS.has(near.term) && !/^\p{Lu}/u.test(shown)) return undefined;
    const exact = this.exact(near.term, near.term);
    if (!exact) return undefined;
    return this.result(near.term, shown, `misspelling of ${near.term}`, exact.weight * FUZZY_FACTOR);
  }

  private result(key: string, shown: string, kind: string, weight: number): TermMatch {
    return { key, shown, kind, weight, length: 1 };
  }
}
