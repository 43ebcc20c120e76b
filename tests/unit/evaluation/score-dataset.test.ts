// The item loop: progress after each item with tokens/s, abort between items, errors naming the line.
import { describe, expect, it, vi } from 'vitest';
import type { EvaluationItem } from '../../../main/services/evaluation/dataset';
import type { ScoredItem } from '../../../main/services/evaluation/item-scorer';
import { EvaluationAbortedError, scoreDataset } from '../../../main/services/evaluation/score-dataset';

const items: EvaluationItem[] = [
  { question: 'Q1', answer: 'A1', line: 1 },
  { question: 'Q2', answer: 'A2', line: 3 },
  { question: 'Q3', answer: 'A3', line: 4 },
];

/** 9 predicted tokens (10 evaluated) per item, answer NLL 2 over 2 tokens, sequence NLL 9. */
const scored: ScoredItem = { answerNll: 2, answerTokens: 2, sequenceNll: 9, sequenceTokens: 9, seconds: 0.1 };

function clock(stepMs: number): () => number {
  let time = 0;
  return () => (time += stepMs);
}

describe('scoreDataset', () => {
  it('scores every item in order and reports progress after each with tokens per second', async () => {
    const seen: string[] = [];
    const progress = vi.fn();
    const result = await scoreDataset(
      items,
      async (item) => {
        seen.push(item.question);
        return scored;
      },
      { signal: new AbortController().signal, onProgress: progress, now: clock(500) },
    );
    expect(seen).toEqual(['Q1', 'Q2', 'Q3']);
    expect(progress.mock.calls.map(([p]) => [p.itemsDone, p.itemsTotal, p.tokens])).toEqual([
      [1, 3, 10],
      [2, 3, 20],
      [3, 3, 30],
    ]);
    // The clock moves 0.5 s per reading: after item 1 it reads 1.0 s → 10 tokens / 0.5 s.
    expect(progress.mock.calls[0]?.[0].tokensPerSecond).toBeCloseTo(20, 9);
    expect(result.totals.items).toBe(3);
    expect(result.totals.figures().answerPerplexity).toBeCloseTo(Math.E, 12);
    expect(result.totals.figures().sequencePerplexity).toBeCloseTo(Math.E, 12);
    expect(result.tokensPerSecond).toBeGreaterThan(0);
  });

  it('stops between items when aborted', async () => {
    const controller = new AbortController();
    const score = vi.fn(async () => {
      controller.abort();
      return scored;
    });
    await expect(scoreDataset(items, score, { signal: controller.signal, now: clock(1) })).rejects.toThrow(
      EvaluationAbortedError,
    );
    expect(score).toHaveBeenCalledTimes(1);
  });

  it('names the line of an item that fails', async () => {
    const score = async (item: EvaluationItem) => {
      if (item.line === 3) throw new Error('The item has 9000 tokens but the context holds 2048');
      return scored;
    };
    await expect(scoreDataset(items, score, { signal: new AbortController().signal, now: clock(1) })).rejects.toThrow(
      /^Item on line 3: The item has 9000 tokens/,
    );
  });
});
