// The synonym groups compiled for look-up: a query phrase (by the keys of its words) to its group, and
// each group's spellings as the token patterns the index is searched with.
import { FuzzyIndex } from '../scope/fuzzy';
import { CAPITALS_ONLY, synonymGroups, type SynonymGroup } from './lexicon/synonym-groups';
import { otherSpelling, wordKey, wordPatterns, type TokenPattern } from './word-forms';

/** One way of saying a concept: a phrase of tokens, all exact but the last (FTS5 allows a prefix only there). */
export type Alternative = readonly TokenPattern[];

/** Every way a single folded word is searched: its patterns and those of its other spelling. */
export function wordAlternatives(word: string): Alternative[] {
  const spelling = otherSpelling(word);
  const patterns = [...wordPatterns(word), ...(spelling === null ? [] : wordPatterns(spelling))];
  return patterns.map((pattern) => [pattern]);
}

function formAlternatives(form: string): Alternative[] {
  const words = form.split(' ');
  if (words.length === 1) return wordAlternatives(form);
  const leading = words.slice(0, -1).map((word): TokenPattern => ({ text: word, prefix: false }));
  return wordPatterns(words[words.length - 1] as string).map((last) => [...leading, last]);
}

export class SynonymLexicon {
  private readonly groups: SynonymGroup[];
  private readonly byKey = new Map<string, number>();
  private readonly alternativesCache = new Map<number, Alternative[]>();
  private readonly words = new Set<string>();
  /** The most words any spelling has: how far ahead a query phrase is looked up. */
  readonly longestForm: number;
  private fuzzy: FuzzyIndex | null = null;

  constructor(groups: SynonymGroup[] = synonymGroups()) {
    this.groups = groups;
    let longest = 1;
    groups.forEach((group, index) => {
      for (const form of group.forms) {
        const words = form.split(' ');
        longest = Math.max(longest, words.length);
        for (const word of words) this.words.add(word);
        const key = words.map(wordKey).join(' ');
        // The first group that lists a spelling keeps it.
        if (!this.byKey.has(key)) this.byKey.set(key, index);
      }
    });
    this.longestForm = longest;
  }

  /** The group a phrase (folded words) belongs to, or undefined. */
  groupOf(words: readonly string[]): number | undefined {
    return this.byKey.get(words.map(wordKey).join(' '));
  }

  /** Whether a one-word abbreviation counts only when typed in capitals. */
  capitalsOnly(word: string): boolean {
    return CAPITALS_ONLY.has(word);
  }

  /** A short name for the group (its first spelling). */
  label(group: number): string {
    return (this.groups[group] as SynonymGroup).forms[0] as string;
  }

  /** Whether the group names what is asked (treatment, cause…) rather than a subject. */
  isAspect(group: number): boolean {
    return (this.groups[group] as SynonymGroup).aspect;
  }

  alternatives(group: number): Alternative[] {
    let cached = this.alternativesCache.get(group);
    if (cached === undefined) {
      // A British form and the American one's other spelling give the same pattern twice: keep one.
      const unique = new Map<string, Alternative>();
      // An abbreviation that is also an English word is not searched: the index folds case, so "AS"
      // would find every "as" in the cards.
      const forms = (this.groups[group] as SynonymGroup).forms.filter((form) => !CAPITALS_ONLY.has(form));
      for (const alternative of forms.flatMap(formAlternatives)) {
        unique.set(alternative.map((t) => `${t.text}${t.prefix ? '*' : ''}`).join(' '), alternative);
      }
      cached = [...unique.values()];
      this.alternativesCache.set(group, cached);
    }
    return cached;
  }

  /** Whether the word is part of any spelling (so it is no typo). */
  knows(word: string): boolean {
    return this.words.has(word);
  }

  /** The lexicon word closest to a misspelt word, if any. */
  nearest(word: string): { term: string; distance: number } | undefined {
    this.fuzzy ??= new FuzzyIndex(this.words);
    return this.fuzzy.nearest(word);
  }
}
