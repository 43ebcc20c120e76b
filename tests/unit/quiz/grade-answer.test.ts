// Deterministic grading: exact and normalized matches, partial key terms, wrong and empty answers,
// and the rating each grade proposes.
import { describe, expect, it } from 'vitest';
import {
  EASY_MAX_MS,
  gradeAnswer,
  keyTerms,
  normalizeText,
  proposeRating,
  quizSides,
  sameWord,
} from '../../../main/services/quiz';

const potassium = { prompt: 'Normal serum potassium range?', answer: '3.5–5.0 mmol/L' };
const diuretic = {
  prompt: 'Where do loop diuretics act?',
  answer: 'Thick ascending limb of the loop of Henle (Na-K-2Cl cotransporter)',
};

describe('normalizeText', () => {
  it('folds case, accents, HTML, punctuation and number spellings', () => {
    expect(normalizeText('<b>Anémie</b>,   FERRIPRIVE!')).toBe('anemie ferriprive');
    expect(normalizeText('5.0 mmol/L')).toBe('5 mmol/l');
    expect(normalizeText('1,000&nbsp;mg')).toBe('1000 mg');
    expect(normalizeText('3.50mmol/L, 2Cl')).toBe('3.5 mmol/l 2cl');
  });

  it('expands common abbreviations into the words they stand for', () => {
    expect(normalizeText('Acute MI')).toBe('acute myocardial infarction');
  });
});

describe('keyTerms', () => {
  it('leaves out stop words and words the front already gives', () => {
    expect(keyTerms(diuretic.answer, diuretic.prompt).map((t) => t.word)).toEqual([
      'thick',
      'ascending',
      'limb',
      'henle',
      'sodium',
      'potassium',
      '2cl',
      'cotransporter',
    ]);
  });

  it('weighs units less than values', () => {
    expect(keyTerms(potassium.answer, potassium.prompt)).toEqual([
      { word: '3.5', weight: 1 },
      { word: '5', weight: 1 },
      { word: 'mmol/l', weight: 0.5 },
    ]);
  });
});

describe('sameWord', () => {
  it('accepts plurals, endings, British spellings and small typos, but not other words', () => {
    expect(sameWord('kidney', 'kidneys')).toBe(true);
    expect(sameWord('ischemia', 'ischemic')).toBe(true);
    expect(sameWord('anemia', 'anaemia')).toBe(true);
    expect(sameWord('hypokalemia', 'hypokalaemia')).toBe(true);
    expect(sameWord('cotransporter', 'cotransportr')).toBe(true);
    expect(sameWord('hypertension', 'hypertrophy')).toBe(false);
    expect(sameWord('hyperkalemia', 'hypokalemia')).toBe(false);
    expect(sameWord('5', '50')).toBe(false);
  });
});

describe('gradeAnswer', () => {
  it('an identical answer is exact', () => {
    const grade = gradeAnswer(potassium, '3.5–5.0 mmol/L');
    expect(grade).toMatchObject({ verdict: 'correct', exact: true, score: 1, missed: [] });
  });

  it('an answer equal after normalization is exact too', () => {
    expect(gradeAnswer(potassium, '3.5 - 5 MMOL/l.')).toMatchObject({ verdict: 'correct', exact: true });
  });

  it('all key terms in other words is correct, not exact', () => {
    const grade = gradeAnswer(diuretic, 'the NKCC2 (Na K 2Cl cotransporter) in the thick ascending limb of Henle');
    expect(grade).toMatchObject({ verdict: 'correct', exact: false, missed: [] });
  });

  it('a missing unit still counts as correct; a missing value does not', () => {
    expect(gradeAnswer(potassium, '3.5 to 5')).toMatchObject({ verdict: 'correct', missed: ['mmol/l'] });
    const half = gradeAnswer(potassium, 'about 5 mmol/L');
    expect(half).toMatchObject({ verdict: 'partly', matched: ['5', 'mmol/l'], missed: ['3.5'] });
    expect(half.score).toBeCloseTo(0.6);
  });

  it('some key terms is partly right, with matched and missed terms listed', () => {
    const grade = gradeAnswer(diuretic, 'ascending limb, thick part');
    expect(grade.verdict).toBe('partly');
    expect(grade.matched).toEqual(['thick', 'ascending', 'limb']);
    expect(grade.missed).toEqual(['henle', 'sodium', 'potassium', '2cl', 'cotransporter']);
  });

  it('a wrong answer is incorrect', () => {
    expect(gradeAnswer(diuretic, 'proximal convoluted tubule')).toMatchObject({
      verdict: 'incorrect',
      matched: [],
      score: 0,
    });
    expect(gradeAnswer(potassium, '135–145 mmol/L').verdict).toBe('incorrect');
  });

  it('an empty answer is incorrect with every key term missed', () => {
    expect(gradeAnswer(potassium, '   ')).toEqual({
      verdict: 'incorrect',
      exact: false,
      score: 0,
      matched: [],
      missed: ['3.5', '5', 'mmol/l'],
    });
  });

  it('grades a cloze card on its deletion only', () => {
    const sides = quizSides({ format: 'text', front: 'The {{c1::SA node}} sets the heart rate', back: '' });
    expect(sides).toEqual({ prompt: 'The [...] sets the heart rate', answer: 'SA node' });
    expect(gradeAnswer(sides, 'sinoatrial node').verdict).toBe('partly');
    expect(gradeAnswer(sides, 'the SA node').verdict).toBe('correct');
  });

  it('reads an imported card as text, without the question the answer side repeats', () => {
    const sides = quizSides({
      format: 'html',
      front: '<div>Drug of choice for <b>absence seizures</b>?</div>',
      back: '<div>Drug of choice for <b>absence seizures</b>?</div><hr id="answer"><div>Ethosuximide</div>',
    });
    expect(sides.answer).toBe('Ethosuximide');
    expect(gradeAnswer(sides, 'ethosuximide').verdict).toBe('correct');
  });
});

describe('proposeRating', () => {
  const grade = (text: string) => gradeAnswer(potassium, text);

  it('maps incorrect → Again, partly → Hard, correct → Good', () => {
    expect(proposeRating(grade('no idea'), 5000).rating).toBe(1);
    expect(proposeRating(grade('about 5 mmol/L'), 5000).rating).toBe(2);
    expect(proposeRating(grade('3.5 to 5'), 5000).rating).toBe(3);
  });

  it('proposes Easy only for a complete answer given quickly', () => {
    expect(proposeRating(grade('3.5-5 mmol/L'), EASY_MAX_MS)).toEqual({
      rating: 4,
      reason: 'completeQuickly',
    });
    expect(proposeRating(grade('3.5-5 mmol/L'), EASY_MAX_MS + 1)).toEqual({ rating: 3, reason: 'complete' });
    expect(proposeRating(grade('3.5-5 mmol/L'), null).rating).toBe(3);
  });
});
