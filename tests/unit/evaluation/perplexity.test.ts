// Perplexity maths: NLL sums, exp(mean), the answer/sequence split of one item, token- vs item-weighting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  itemScore,
  negativeLogLikelihood,
  perplexity,
  PerplexityTotals,
} from '../../../main/services/evaluation/perplexity';

describe('perplexity', () => {
  it('is exp of the mean negative log-likelihood', () => {
    const logProbs = [Math.log(0.5), Math.log(0.25), Math.log(0.125)];
    expect(negativeLogLikelihood(logProbs)).toBeCloseTo(6 * Math.LN2, 12);
    // Geometric mean of 1/p: (2 · 4 · 8)^(1/3) = 4.
    expect(perplexity(negativeLogLikelihood(logProbs), 3)).toBeCloseTo(4, 12);
  });

  it('is the vocabulary size for a uniform model and never below 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50_000 }), fc.integer({ min: 1, max: 40 }), (vocab, count) => {
        const uniform = Array.from({ length: count }, () => -Math.log(vocab));
        expect(perplexity(negativeLogLikelihood(uniform), count)).toBeCloseTo(vocab, 6);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 0, noNaN: true }), { minLength: 1 }), (logProbs) => {
        expect(perplexity(negativeLogLikelihood(logProbs), logProbs.length)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('refuses what is not a log-probability, and zero tokens', () => {
    expect(() => negativeLogLikelihood([0.1])).toThrow(/not a log-probability/);
    expect(() => negativeLogLikelihood([Number.NEGATIVE_INFINITY])).toThrow(/not a log-probability/);
    expect(() => negativeLogLikelihood([Number.NaN])).toThrow(/not a log-probability/);
    expect(() => perplexity(0, 0)).toThrow(/at least one/);
  });
});

describe('itemScore', () => {
  // Tokens: BOS p1 p2 | a1 a2 | t1 → predicted: p1 p2 a1 a2 t1 (5 log-probabilities).
  const logProbs = [-1, -2, -3, -4, -5];

  it('counts the answer span before the tail, and every predicted token for the sequence', () => {
    expect(itemScore(logProbs, 2, 1)).toEqual({ answerNll: 7, answerTokens: 2, sequenceNll: 15, sequenceTokens: 5 });
    expect(itemScore(logProbs, 2, 0)).toEqual({ answerNll: 9, answerTokens: 2, sequenceNll: 15, sequenceTokens: 5 });
  });

  it('refuses spans that do not fit', () => {
    expect(() => itemScore(logProbs, 0, 1)).toThrow(RangeError);
    expect(() => itemScore(logProbs, 5, 1)).toThrow(/does not fit/);
  });
});

describe('PerplexityTotals', () => {
  const short = { answerNll: 2, answerTokens: 1, sequenceNll: 4, sequenceTokens: 2 };
  const long = { answerNll: 3, answerTokens: 3, sequenceNll: 9, sequenceTokens: 9 };

  it('weights every token once (Σ NLL / Σ tokens)', () => {
    const totals = new PerplexityTotals();
    totals.add(short);
    totals.add(long);
    expect(totals.items).toBe(2);
    const figures = totals.figures();
    expect(figures.answerPerplexity).toBeCloseTo(Math.exp(5 / 4), 12);
    expect(figures.sequencePerplexity).toBeCloseTo(Math.exp(13 / 11), 12);
    expect(figures).toMatchObject({ answerTokens: 4, sequenceTokens: 11 });
  });

  it('also gives the per-item mean (HF Trainer eval_loss with one item per batch), which differs', () => {
    const totals = new PerplexityTotals();
    totals.add(short);
    totals.add(long);
    const averaged = totals.itemAveraged();
    expect(averaged.answerPerplexity).toBeCloseTo(Math.exp((2 + 1) / 2), 12);
    expect(averaged.sequencePerplexity).toBeCloseTo(Math.exp((2 + 1) / 2), 12);
    expect(averaged.answerPerplexity).not.toBeCloseTo(totals.figures().answerPerplexity, 3);
  });

  it('refuses figures before any item', () => {
    expect(() => new PerplexityTotals().figures()).toThrow(RangeError);
    expect(() => new PerplexityTotals().itemAveraged()).toThrow(RangeError);
  });
});
