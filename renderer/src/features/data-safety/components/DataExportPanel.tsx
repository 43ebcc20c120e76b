// Settings panel "Your data": export everything (conversations, decks, cards, reviews, settings, evaluations) as one .zip.
import { Button } from '../../../components/ui/Button';
import { Panel } from '../../../components/ui/Panel';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { describeExport, useDataExport } from '../hooks/useDataExport';

export function DataExportPanel() {
  const api = useApi();
  const { t } = useTranslation('dataSafety');
  const fmt = useFormatters();
  const { state, exportAll } = useDataExport(api);
  return (
    <Panel headingId="data-export-heading" title={t('export.title')} description={t('export.intro')}>
      <Button
        type="button"
        data-testid="export-all-data"
        disabled={state.status === 'busy'}
        onClick={() => void exportAll()}
      >
        {state.status === 'busy' ? t('export.exporting') : t('export.exportAll')}
      </Button>
      {state.status === 'done' && (
        <p
          role="status"
          data-testid="export-all-result"
          className="mt-3 text-sm break-words text-emerald-700 dark:text-emerald-300"
        >
          {describeExport(t, state.receipt, fmt.locale)}
          {/* Main's own words about what could not be written: shown as they came. */}
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
    </Panel>
  );
}
