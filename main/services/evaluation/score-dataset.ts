// Scores every item of a data set in order, with progress after each item and abort between items.
import type { EvaluationItem } from './dataset';
import type { ScoredItem } from './item-scorer';
import { PerplexityTotals } from './perplexity';

export interface DatasetProgress {
  itemsDone: number;
  itemsTotal: number;
  /** Tokens evaluated so far (whole sequences) per second of wall time. */
  tokensPerSecond: number;
  tokens: number;
  seconds: number;
}

export interface DatasetScore {
  totals: PerplexityTotals;
  seconds: number;
  tokensPerSecond: number;
}

export class EvaluationAbortedError extends Error {
  override readonly name = 'EvaluationAbortedError';
}

export interface ScoreDatasetOptions {
  signal: AbortSignal;
  onProgress?: (progress: DatasetProgress) => void;
  /** Milliseconds (Date.now in the app; a fake clock in tests). */
  now: () => number;
}

/** Evaluated tokens = every token of each sequence (BOS included), the work the model did. */
function evaluatedTokens(item: ScoredItem): number {
  return item.sequenceTokens + 1;
}

export async function scoreDataset(
  items: readonly EvaluationItem[],
  score: (item: EvaluationItem, signal: AbortSignal) => Promise<ScoredItem>,
  { signal, onProgress, now }: ScoreDatasetOptions,
): Promise<DatasetScore> {
  const totals = new PerplexityTotals();
  const startedAt = now();
  let tokens = 0;
  const rate = (seconds: number): number => (seconds > 0 ? tokens / seconds : 0);
  for (const [index, item] of items.entries()) {
    if (signal.aborted) throw new EvaluationAbortedError('The evaluation was stopped.');
    let scored: ScoredItem;
    try {
      scored = await score(item, signal);
    } catch (error) {
      if (signal.aborted) throw new EvaluationAbortedError('The evaluation was stopped.');
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Item on line ${item.line}: ${reason}`, { cause: error });
    }
    totals.add(scored);
    tokens += evaluatedTokens(scored);
    const seconds = (now() - startedAt) / 1000;
    onProgress?.({ itemsDone: index + 1, itemsTotal: items.length, tokensPerSecond: rate(seconds), tokens, seconds });
  }
  const seconds = (now() - startedAt) / 1000;
  return { totals, seconds, tokensPerSecond: rate(seconds) };
}
