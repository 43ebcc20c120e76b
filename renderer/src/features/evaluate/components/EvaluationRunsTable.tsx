// The stored evaluation runs (newest first): date, model, adapter, data, figures; plot a pair or delete a run.
import type { EvaluationRunRecord } from '../../../../../preload/contract/features/evaluation';
import { Button } from '../../../components/ui/Button';
import { TrashIcon } from '../../../components/ui/icons';
import { formatTimestamp, formatTokensPerSecond } from '../../../lib/format';
import { VARIANT_LABELS, formatPerplexity } from '../state/chartLayout';

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

function adapterText(run: EvaluationRunRecord): string {
  if (run.adapterPath === null) return '—';
  const scale = run.adapterScale === null ? '' : ` × ${run.adapterScale.toFixed(2)}`;
  return `${fileName(run.adapterPath)}${scale}`;
}

export function EvaluationRunsTable({ runs, plottedIds, onPlot, onDelete }: EvaluationRunsTableProps) {
  if (runs.length === 0) {
    return (
      <p data-testid="evaluation-runs-empty" className="text-sm text-muted">
        No stored runs yet. Results are kept here with their date, model and adapter.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table data-testid="evaluation-runs" className="w-full text-sm text-slate-700 dark:text-slate-200">
        <caption className="sr-only">Stored evaluation runs, newest first</caption>
        <thead className="border-b border-slate-200 text-xs text-muted dark:border-slate-700">
          <tr>
            <th className={CELL}>Date</th>
            <th className={CELL}>Variant</th>
            <th className={CELL}>Model</th>
            <th className={CELL}>Adapter</th>
            <th className={CELL}>Data</th>
            <th className={CELL}>Items</th>
            <th className={CELL}>Answer PPL</th>
            <th className={CELL}>Sequence PPL</th>
            <th className={CELL}>Speed</th>
            <th className={CELL}>
              <span className="sr-only">Actions</span>
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
                <td className={CELL}>{formatTimestamp(run.createdAt)}</td>
                <td className={CELL}>{VARIANT_LABELS[run.variant]}</td>
                <td className={CELL} title={run.modelPath}>
                  {run.modelName}
                </td>
                <td className={CELL} title={run.adapterPath ?? undefined}>
                  {adapterText(run)}
                </td>
                <td className={CELL} title={`${run.dataPath}\nSHA-256 ${run.dataSha256}`}>
                  {fileName(run.dataPath)}
                </td>
                <td className={CELL}>{run.items}</td>
                <td className={CELL} data-testid="run-answer-ppl">
                  {formatPerplexity(run.answerPerplexity)}
                </td>
                <td className={CELL} data-testid="run-sequence-ppl">
                  {formatPerplexity(run.sequencePerplexity)}
                </td>
                <td className={CELL}>{formatTokensPerSecond(run.tokensPerSecond)}</td>
                <td className={`${CELL} whitespace-nowrap`}>
                  <Button
                    size="sm"
                    variant="ghost"
                    data-testid="plot-run"
                    aria-pressed={plotted}
                    onClick={() => onPlot(run.id)}
                  >
                    Plot
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    data-testid="delete-run"
                    aria-label={`Delete the ${VARIANT_LABELS[run.variant]} run of ${formatTimestamp(run.createdAt)}`}
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
