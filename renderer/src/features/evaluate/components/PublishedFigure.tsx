// The adapter's published figure (from its training run) next to the user's own measurement, with why
// the two need not agree.
import type { EvaluationRunRecord } from '../../../../../preload/contract/features/evaluation';
import { formatPerplexity } from '../state/chartLayout';
import { publishedPerplexity } from '../state/publishedFigure';
import type { PublishedEvaluation } from '../hooks/usePublishedEvaluation';
import { fileName } from './EvaluationRunsTable';

export interface PublishedFigureProps {
  published: PublishedEvaluation;
  /** The user's run with the adapter to compare (null: none yet). */
  own: EvaluationRunRecord | null;
}

const CARD = 'flex min-w-0 flex-1 flex-col gap-1 rounded-xl border p-4';

export function PublishedFigure({ published, own }: PublishedFigureProps) {
  const { figure } = published;
  const where = figure.revision === null ? figure.source : `${figure.source} at commit ${figure.revision.slice(0, 7)}`;
  return (
    <section aria-labelledby="published-figure-heading" data-testid="published-figure" className="flex flex-col gap-2">
      <h3 id="published-figure-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Published figure and yours
      </h3>
      <div className="flex flex-col gap-3 sm:flex-row">
        <div className={`${CARD} border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800/60`}>
          <span className="text-xs text-muted">Published by the authors of {published.adapterName}</span>
          <span
            data-testid="published-perplexity"
            className="text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50"
          >
            {formatPerplexity(publishedPerplexity(figure))}
          </span>
          <span data-testid="published-loss" className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
            Perplexity = exp(evaluation loss {figure.evalLoss.toFixed(4)}) after {figure.step} training steps
          </span>
          <span className="text-xs break-words text-muted">
            {where}
            {figure.repoUrl === null ? '' : ` (${figure.repoUrl})`}
          </span>
        </div>
        <div
          data-testid="own-figure"
          className={`${CARD} border-teal-200 bg-teal-50/50 dark:border-teal-900/60 dark:bg-teal-950/30`}
        >
          <span className="text-xs text-muted">Your measurement (base + adapter)</span>
          {own === null ? (
            <span className="text-sm text-slate-700 dark:text-slate-300">
              No run with the adapter yet: run one below to measure it on this computer.
            </span>
          ) : (
            <>
              <span
                data-testid="own-perplexity"
                className="text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50"
              >
                {formatPerplexity(own.sequencePerplexity)}
              </span>
              <span className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
                Whole-sequence perplexity on {fileName(own.dataPath)} ({own.items} items, adapter scale{' '}
                {own.adapterScale ?? 1}); answer tokens only: {formatPerplexity(own.answerPerplexity)}
              </span>
            </>
          )}
        </div>
      </div>
      <p data-testid="published-note" className="text-xs text-slate-600 dark:text-slate-300">
        {figure.note} Lower is better for both.
      </p>
    </section>
  );
}
