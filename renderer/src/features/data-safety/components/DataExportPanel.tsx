// Settings panel "Your data": export everything (conversations, decks, cards, reviews, settings, evaluations) as one .zip.
import { Button } from '../../../components/ui/Button';
import { useApi } from '../../../lib/api';
import { describeExport, useDataExport } from '../hooks/useDataExport';

export function DataExportPanel() {
  const api = useApi();
  const { state, exportAll } = useDataExport(api);
  return (
    <section
      aria-labelledby="data-export-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="data-export-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Your data
      </h3>
      <p className="mt-0.5 mb-4 text-xs text-muted">
        One .zip with data.json (conversations, decks, cards with scheduling, reviews, settings, evaluation runs) and
        decks.apkg for Anki. Separately, the app keeps its last 3 daily backups of the data file.
      </p>
      <Button
        type="button"
        data-testid="export-all-data"
        disabled={state.status === 'busy'}
        onClick={() => void exportAll()}
      >
        {state.status === 'busy' ? 'Exporting…' : 'Export all my data'}
      </Button>
      {state.status === 'done' && (
        <p
          role="status"
          data-testid="export-all-result"
          className="mt-3 text-sm break-words text-emerald-700 dark:text-emerald-300"
        >
          {describeExport(state.receipt)}
          {state.receipt.warnings.map((warning) => ` ${warning}`).join('')}
        </p>
      )}
      {state.status === 'error' && (
        <p
          role="alert"
          data-testid="export-all-error"
          className="mt-3 text-sm break-words text-red-700 dark:text-red-300"
        >
          {state.message}
        </p>
      )}
    </section>
  );
}
