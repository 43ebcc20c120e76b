// The adapter authors' published figure (evaluation loss at a training step) as a perplexity, and the
// user's own run it is shown next to.
import type { PublishedEvaluationView } from '../../../../../preload/contract/features/downloads';
import type { EvaluationRunRecord } from '../../../../../preload/contract/features/evaluation';
import type { PlottedPair } from './evaluateState';

/** Perplexity is e to the mean cross-entropy per token, which is what Hugging Face's eval_loss is. */
export function publishedPerplexity(published: PublishedEvaluationView): number {
  return Math.exp(published.evalLoss);
}

/** The user's figure to compare: the plotted pair's adapter run, else the newest adapter run. */
export function ownAdapterRun(
  runs: readonly EvaluationRunRecord[],
  pair: PlottedPair | null,
): EvaluationRunRecord | null {
  return pair?.adapter ?? runs.find((run) => run.variant === 'adapter') ?? null;
}
