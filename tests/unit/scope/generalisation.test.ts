// The scope guard on vocabulary it has no entry for: medical word formation (suffixes, prefix + root),
// its guards against ordinary words, strict eponyms, and systematic topic lists (labs, biostatistics, ethics).
import { describe, expect, it } from 'vitest';
import { createScopeGuard } from '../../../main/services/scope';
import { medicalTerms } from '../../../main/services/scope/lexicon/medical-terms';
import { TermMatcher } from '../../../main/services/scope/term-matcher';

const guard = createScopeGuard();
const terms = medicalTerms();
const matcher = new TermMatcher();

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

/** What the matcher makes of one word typed as `original`. */
function matchWord(original: string) {
  return matcher.match([{ word: original.toLowerCase(), original }], 0);
}

describe('medical word formation on words in no lexicon', () => {
  it('clinical suffixes make an unknown word medical', () => {
    const words = ['sialadenitis', 'pyeloplasty', 'splenorrhaphy', 'orchiopexy', 'hemiparesis', 'gastroparesis'];
    for (const word of words.filter((w) => !terms.has(w))) {
      expect(matchWord(word)?.kind, word).toMatch(/^medical word form/);
      expect(guard.classify(word).label, word).toBe('medical');
    }
  });

  it('a prefix counts only together with a medical root', () => {
    for (const word of ['dyskinesia', 'bradykinesia', 'hypocalcaemic', 'intradermal', 'microcephalic']) {
      expect(terms.has(word), word).toBe(false);
      expect(matchWord(word)?.kind, word).toMatch(/medical word form/);
    }
    // Same prefixes, no medical root: ordinary words.
    const ordinary = ['hyperlink', 'polygon', 'microplastics', 'hydroxide', 'transport', 'endorsement'];
    // Caught by the dictionary scan (bench/scan-scope-word-forms.ts) while the roots were written.
    ordinary.push('antirouille', 'microglossaire', 'hydropneumatique', 'abonnieren', 'gelungenen');
    for (const word of ordinary) {
      expect(matchWord(word), word).toBeUndefined();
    }
  });

  it('ordinary words with a medical-looking ending stay out of scope', () => {
    expectAll(
      [
        'What is the best way to frame a diploma?',
        'Which aroma oils are best for candles?',
        'Explain osmosis in a potato chemistry experiment',
        'Hypnosis tricks for stage magic shows',
        'How to make a sandblasting cabinet',
        'Is that a false dichotomy?',
        'Where do mongooses live?',
      ],
      'out_of_scope',
    );
  });

  it('a weak suffix (-ose) is moderate evidence alone, full evidence after a medical root', () => {
    const weak = matchWord('fibrose');
    expect(weak?.weight).toBeLessThan(1);
    expect(matchWord('arthrose')?.weight).toBeGreaterThanOrEqual(1);
    expectAll(['Was ist eine Arthrose?', 'Traitement de la fibrose pulmonaire'], 'medical');
    expectAll(['Please enclose the receipt', 'a bellicose speech'], 'out_of_scope');
  });
});

describe('eponyms', () => {
  it('a lower-case word is never read as a misspelt eponym, a capitalised one may be', () => {
    expect(matchWord('crushing')).toBeUndefined();
    expect(matchWord('cushng')).toBeUndefined();
    expect(matchWord('Cushng')?.kind).toBe('misspelling of cushing');
    expectAll(
      ['How do I get rid of a crushing sense of boredom?', 'Crushing the competition in sales'],
      'out_of_scope',
    );
  });

  it('eponyms that are also surnames or words need medical company', () => {
    expectAll(['Graves of soldiers in Normandy', 'a Turner painting', 'Kawasaki motorcycle chain'], 'out_of_scope');
    expectAll(['Graves disease treatment', 'Turner syndrome karyotype', 'Kawasaki disease'], 'medical');
    expectAll(['Klinefelter karyotype', 'Raynaud phenomenon causes', 'Wernicke encephalopathy'], 'medical');
  });
});

describe('systematic topic lists', () => {
  it('terse flashcard lab and physiology questions', () => {
    expectAll(
      [
        'Normal serum potassium?',
        'normal range of sodium?',
        'half-life of digoxin',
        'osmolality of plasma',
        'What is the normal chloride level?',
        'Serum magnesium normal range',
      ],
      'medical',
    );
    expectAll(
      [
        'Half-life of uranium-238',
        'Normal range of humidity in a house?',
        'What is the formula of sodium chloride?',
        'Normal range of tire pressure for a sedan?',
      ],
      'out_of_scope',
    );
  });

  it('biostatistics, ethics and nutrition', () => {
    expectAll(
      [
        'How to calculate the number needed to treat?',
        'Difference between sensitivity and specificity',
        'How do you interpret an odds ratio of 2?',
        'What is informed consent?',
        'Principle of non-maleficence',
        'What does thiamine deficiency cause?',
      ],
      'medical',
    );
    expectAll(
      [
        'Sensitivity settings on a gaming mouse',
        'Confidentiality clause in an employment contract',
        'How to calculate odds in poker',
      ],
      'out_of_scope',
    );
  });
});
