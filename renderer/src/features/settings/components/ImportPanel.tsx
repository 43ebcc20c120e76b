// "Import" section of Settings: GGUF model, GGUF LoRA or PEFT adapter folder, checked by main before it is loaded.
import type { ModelStatus, Settings } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { Panel } from '../../../components/ui/Panel';
import { TermTip } from '../../../components/ui/TermTip';
import type { Term } from '../../../components/ui/terms';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useModelImport, type ImportAction } from '../hooks/useModelImport';
import { ImportedFilesList } from './ImportedFilesList';

// Each action's button, busy label and hint are `import.<action>.*` in the settings catalog.
const ACTIONS: ReadonlyArray<{ action: ImportAction; term: Term }> = [
  { action: 'model', term: 'gguf' },
  { action: 'lora', term: 'lora' },
  { action: 'peft', term: 'peft' },
];

export interface ImportPanelProps {
  /** The settings form is saving or loading: imports wait. */
  disabled: boolean;
  onImported: (settings: Settings) => void;
  onModelStatus: (status: ModelStatus) => void;
}

export function ImportPanel({ disabled, onImported, onModelStatus }: ImportPanelProps) {
  const { t } = useTranslation('settings');
  const api = useApi();
  const imports = useModelImport(api, { onImported, onModelStatus });
  return (
    <Panel
      headingId="import-heading"
      testId="import-panel"
      title={t('import.title')}
      description={t('import.description')}
    >
      <div className="flex flex-col gap-3">
        {ACTIONS.map(({ action, term }) => {
          const error = imports.errors[action];
          const errorId = `import-${action}-error`;
          const hintId = `import-${action}-hint`;
          return (
            <div key={action} className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-3">
                <Button
                  data-testid={`import-${action}`}
                  disabled={disabled || imports.busy !== null}
                  aria-describedby={error !== undefined ? `${hintId} ${errorId}` : hintId}
                  onClick={() => void imports.run(action)}
                >
                  {imports.busy === action ? t(`import.${action}.busy`) : t(`import.${action}.label`)}
                </Button>
                <span className="inline-flex flex-wrap items-center gap-x-1 text-xs text-muted">
                  <span id={hintId}>{t(`import.${action}.hint`)}</span>
                  <TermTip term={term} />
                </span>
              </div>
              {error !== undefined && (
                <p
                  id={errorId}
                  role="alert"
                  data-testid={errorId}
                  className="text-xs break-words text-red-700 dark:text-red-300"
                >
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-100">
          <input
            type="checkbox"
            data-testid="import-copy"
            checked={imports.copy}
            onChange={(event) => imports.setCopy(event.target.checked)}
            className="h-4 w-4 accent-teal-700"
          />
          {t('import.copy')}
          <span className="text-xs text-muted">{t('import.copyNote')}</span>
        </label>
        {imports.notice !== null && (
          <p role="status" data-testid="import-notice" className="text-sm text-emerald-700 dark:text-emerald-300">
            {imports.notice}
          </p>
        )}
        {imports.notes.length > 0 && (
          <ul data-testid="import-notes" className="list-disc pl-5 text-xs text-amber-800 dark:text-amber-200">
            {imports.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <ImportedFilesList entries={imports.entries} />
      </div>
    </Panel>
  );
}
