// Training the second opinion: the same questions always give the same file, and the model fits what it saw.
import { describe, expect, it } from 'vitest';
import { serialiseModel, trainModel, type TrainerSettings } from '../../../bench/scope-model/train';
import { stratifiedFolds } from '../../../bench/scope-model/folds';
import { SecondOpinion } from '../../../main/services/scope/second-opinion';

const QUESTIONS = [
  { q: 'What causes type 2 diabetes?', label: 'medical' },
  { q: 'Symptoms of diabetes in children', label: 'medical' },
  { q: 'How is asthma treated?', label: 'medical' },
  { q: 'What is the first-line drug for asthma?', label: 'medical' },
  { q: 'Is a fever of 39 dangerous?', label: 'medical' },
  { q: 'Why does my fever come back at night?', label: 'medical' },
  { q: 'Who won the football world cup?', label: 'out_of_scope' },
  { q: 'Best football boots for the winter', label: 'out_of_scope' },
  { q: 'How do I bake bread at home?', label: 'out_of_scope' },
  { q: 'What flour is best for bread?', label: 'out_of_scope' },
  { q: 'Which guitar strings should I buy?', label: 'out_of_scope' },
  { q: 'How do I tune a guitar?', label: 'out_of_scope' },
] as const;

const SETTINGS: TrainerSettings[] = [
  { trainer: 'logistic', minCount: 1, l2: 0.001, steps: 200 },
  { trainer: 'naive_bayes', minCount: 1, alpha: 0.5 },
];

describe('second opinion training', () => {
  it.each(SETTINGS)('$trainer: the same questions give byte-identical files', async (settings) => {
    const first = serialiseModel(trainModel(QUESTIONS, settings));
    const second = serialiseModel(trainModel([...QUESTIONS], settings));
    expect(second).toBe(first);
    expect(JSON.parse(first).trainer).toBe(settings.trainer);
  });

  it.each(SETTINGS)('$trainer: labels its own training questions right', (settings) => {
    const model = new SecondOpinion(trainModel(QUESTIONS, settings));
    for (const { q, label } of QUESTIONS) expect(model.classify(q).label, q).toBe(label);
    expect(model.classify('asthma and fever').label).toBe('medical');
    expect(model.classify('guitar and football').label).toBe('out_of_scope');
  });

  it('keeps only features seen in minCount questions', () => {
    const model = trainModel(QUESTIONS, { trainer: 'naive_bayes', minCount: 2, alpha: 0.5 });
    expect(model.features).toContain('w:asthma');
    expect(model.features).not.toContain('w:tune');
    expect(model.features).toEqual([...model.features].sort());
  });

  it('spreads every label/kind over the folds, the same way every time', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      q: `question ${i}`,
      label: i % 2 === 0 ? 'medical' : 'out_of_scope',
      kind: i % 5 === 0 ? 'short' : 'textbook',
    }));
    const folds = stratifiedFolds(items, 5, 7);
    expect(stratifiedFolds(items, 5, 7)).toEqual(folds);
    for (let fold = 0; fold < 5; fold++) expect(folds.filter((f) => f === fold)).toHaveLength(10);
    // Questions that fold to the same words share a fold.
    const twins = stratifiedFolds([...items, { q: 'Question 3!', label: 'out_of_scope', kind: 'textbook' }], 5, 7);
    expect(twins[50]).toBe(twins[3]);
  });
});
