// Typo matching: bounded edit distance with transpositions, the length-dependent limit, and the
// dictionary words that must never be read as misspelt medical terms.
import { describe, expect, it } from 'vitest';
import { allowedDistance, boundedEditDistance, FuzzyIndex } from '../../../main/services/scope/fuzzy';
import { createScopeGuard } from '../../../main/services/scope';

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(boundedEditDistance('sepsis', 'sepsis', 2)).toBe(0);
    expect(boundedEditDistance('asthma', 'astma', 2)).toBe(1);
    expect(boundedEditDistance('seizure', 'siezure', 2)).toBe(1);
    expect(boundedEditDistance('pneumonia', 'numonia', 2)).toBe(2);
  });

  it('gives up past the limit', () => {
    expect(boundedEditDistance('diabetes', 'elephant', 2)).toBe(3);
    expect(boundedEditDistance('gout', 'goutiness', 1)).toBe(2);
  });
});

describe('FuzzyIndex', () => {
  it('allows 1 edit up to 7 letters and 2 from 8', () => {
    expect(allowedDistance('angina', 'angima')).toBe(1);
    expect(allowedDistance('diabetes', 'diabetis')).toBe(2);
    const index = new FuzzyIndex(['angina', 'diabetes', 'gout']);
    expect(index.nearest('angnia')).toEqual({ term: 'angina', distance: 1 });
    expect(index.nearest('diabeetis')).toEqual({ term: 'diabetes', distance: 2 });
    expect(index.nearest('anxnxa')).toBeUndefined();
    // Too short to guess at.
    expect(index.nearest('gout')).toBeUndefined();
  });
});

describe('ordinary words near medical terms stay ordinary', () => {
  it('"inflation", "paella", "lyrics" and "plural" are not misspellings', () => {
    const guard = createScopeGuard();
    for (const question of [
      'Why is inflation so high?',
      'Best paella in Valencia?',
      'Song lyrics please',
      'Plural of octopus?',
    ]) {
      expect(guard.classify(question).label, question).toBe('out_of_scope');
    }
    expect(guard.classify('what is diabetis').reason).toMatch(/diabetis/);
  });
});
