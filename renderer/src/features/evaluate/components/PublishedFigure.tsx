// The adapter's published figure (from its training run) next to the user's own measurement, with why
// the two need not agree.
import type { EvaluationRunRecord } from '../../../../../preload/contract/features/evaluation';
import { useFormatters, useTranslation } from '../../../i18n';
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
  const { t } = useTranslation('evaluate');
  const fmt = useFormatters();
  const { figure } = published;
  const where =
    figure.revision === null
      ? figure.source
      : t('published.atCommit', { source: figure.source, revision: figure.revision.slice(0, 7) });
  return (
    <section aria-labelledby="published-figure-heading" data-testid="published-figure" className="flex flex-col gap-2">
      <h3 id="published-figure-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {t('published.title')}
      </h3>
      <div className="flex flex-col gap-3 sm:flex-row">
        <div className={`${CARD} border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800/60`}>
          <span className="text-xs text-muted">{t('published.by', { name: published.adapterName })}</span>
          <span
            data-testid="published-perplexity"
            className="text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50"
          >
            {formatPerplexity(publishedPerplexity(figure), fmt.locale)}
          </span>
          <span data-testid="published-loss" className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
            {t('published.loss', {
              loss: fmt.number(figure.evalLoss, { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
              count: figure.step,
            })}
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
          <span className="text-xs text-muted">{t('published.yours')}</span>
          {own === null ? (
            <span className="text-sm text-slate-700 dark:text-slate-300">{t('published.noRun')}</span>
          ) : (
            <>
              <span
                data-testid="own-perplexity"
                className="text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50"
              >
                {formatPerplexity(own.sequencePerplexity, fmt.locale)}
              </span>
              <span className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
                {t('published.ownDetail', {
                  file: fileName(own.dataPath),
                  count: own.items,
                  scale: fmt.number(own.adapterScale ?? 1),
                  answer: formatPerplexity(own.answerPerplexity, fmt.locale),
                })}
              </span>
            </>
          )}
        </div>
      </div>
      <p data-testid="published-note" className="text-xs text-slate-600 dark:text-slate-300">
        {/* The note comes with the catalog entry, as its authors wrote it. */}
        {figure.note} {t('published.lowerBetter')}
      </p>
    </section>
  );
}
