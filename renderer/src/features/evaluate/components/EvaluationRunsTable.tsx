// The stored evaluation runs (newest first): date, model, adapter, data, figures; plot a pair or delete a run.
import type { EvaluationRunRecord } from '../../../../../preload/contract/features/evaluation';
import { Button } from '../../../components/ui/Button';
import { TrashIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';
import { VARIANT_KEYS, formatPerplexity } from '../state/chartLayout';

export interface EvaluationRunsTableProps {
  runs: readonly EvaluationRunRecord[];
  /** Ids of the runs the chart shows. */
  plottedIds: ReadonlySet<number>;
  onPlot: (id: number) => void;
  onDelete: (run: EvaluationRunRecord) => void;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

const CELL = 'px-2 py-1.5 text-left align-top';

export function EvaluationRunsTable({ runs, plottedIds, onPlot, onDelete }: EvaluationRunsTableProps) {
  const { t } = useTranslation('evaluate');
  const fmt = useFormatters();
  if (runs.length === 0) {
    return (
      <p data-testid="evaluation-runs-empty" className="text-sm text-muted">
        {t('runs.empty')}
      </p>
    );
  }
  const adapterText = (run: EvaluationRunRecord): string => {
    if (run.adapterPath === null) return '—';
    if (run.adapterScale === null) return fileName(run.adapterPath);
    const scale = fmt.number(run.adapterScale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return t('runs.adapterScale', { file: fileName(run.adapterPath), scale });
  };
  return (
    <div className="overflow-x-auto">
      <table data-testid="evaluation-runs" className="w-full text-sm text-slate-700 dark:text-slate-200">
        <caption className="sr-only">{t('runs.caption')}</caption>
        <thead className="border-b border-slate-200 text-xs text-muted dark:border-slate-700">
          <tr>
            <th className={CELL}>{t('runs.date')}</th>
            <th className={CELL}>{t('runs.variant')}</th>
            <th className={CELL}>{t('runs.model')}</th>
            <th className={CELL}>{t('runs.adapter')}</th>
            <th className={CELL}>{t('runs.data')}</th>
            <th className={CELL}>{t('runs.items')}</th>
            <th className={CELL}>{t('runs.answerPpl')}</th>
            <th className={CELL}>{t('runs.sequencePpl')}</th>
            <th className={CELL}>{t('runs.speed')}</th>
            <th className={CELL}>
              <span className="sr-only">{t('runs.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const plotted = plottedIds.has(run.id);
            return (
              <tr
                key={run.id}
                data-testid="evaluation-row"
                data-run-id={run.id}
                data-plotted={plotted}
                className={`border-b border-slate-100 dark:border-slate-800 ${plotted ? 'bg-teal-50 dark:bg-teal-950/40' : ''}`}
              >
                <td className={CELL}>{fmt.timestamp(run.createdAt)}</td>
                <td className={CELL}>{t(VARIANT_KEYS[run.variant])}</td>
                <td className={CELL} title={run.modelPath}>
                  {run.modelName}
                </td>
                <td className={CELL} title={run.adapterPath ?? undefined}>
                  {adapterText(run)}
                </td>
                <td className={CELL} title={t('runs.dataHint', { path: run.dataPath, sha: run.dataSha256 })}>
                  {fileName(run.dataPath)}
                </td>
                <td className={CELL}>{fmt.number(run.items)}</td>
                <td className={CELL} data-testid="run-answer-ppl">
                  {formatPerplexity(run.answerPerplexity, fmt.locale)}
                </td>
                <td className={CELL} data-testid="run-sequence-ppl">
                  {formatPerplexity(run.sequencePerplexity, fmt.locale)}
                </td>
                <td className={CELL}>{fmt.tokensPerSecond(run.tokensPerSecond)}</td>
                <td className={`${CELL} whitespace-nowrap`}>
                  <Button
                    size="sm"
                    variant="ghost"
                    data-testid="plot-run"
                    aria-pressed={plotted}
                    onClick={() => onPlot(run.id)}
                  >
                    {t('runs.plot')}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    data-testid="delete-run"
                    aria-label={t('runs.delete', {
                      variant: t(VARIANT_KEYS[run.variant]),
                      date: fmt.timestamp(run.createdAt),
                    })}
                    onClick={() => onDelete(run)}
                  >
                    <TrashIcon />
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
