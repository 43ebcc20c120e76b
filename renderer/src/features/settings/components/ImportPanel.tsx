// "Import" section of Settings: GGUF model, GGUF LoRA or PEFT adapter folder, checked by main before it is loaded.
import type { ModelStatus, Settings } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { useApi } from '../../../lib/api';
import { useModelImport, type ImportAction } from '../hooks/useModelImport';
import { ImportedFilesList } from './ImportedFilesList';

const ACTIONS: ReadonlyArray<{ action: ImportAction; label: string; busyLabel: string; hint: string }> = [
  {
    action: 'model',
    label: 'Import model…',
    busyLabel: 'Checking model…',
    hint: 'A GGUF llama model, e.g. TinyLlama-1.1B-Chat.',
  },
  {
    action: 'lora',
    label: 'Import LoRA…',
    busyLabel: 'Checking adapter…',
    hint: 'A GGUF LoRA adapter, checked against the current model.',
  },
  {
    action: 'peft',
    label: 'Import PEFT adapter folder…',
    busyLabel: 'Converting adapter…',
    hint: 'A Hugging Face PEFT folder, converted to GGUF for the current model.',
  },
];

export interface ImportPanelProps {
  /** The settings form is saving or loading: imports wait. */
  disabled: boolean;
  onImported: (settings: Settings) => void;
  onModelStatus: (status: ModelStatus) => void;
}

export function ImportPanel({ disabled, onImported, onModelStatus }: ImportPanelProps) {
  const api = useApi();
  const imports = useModelImport(api, { onImported, onModelStatus });
  return (
    <section
      data-testid="import-panel"
      aria-labelledby="import-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="import-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Import
      </h3>
      <p className="mt-0.5 mb-4 text-xs text-muted">
        Files are checked before they are loaded, then become the current model or adapter.
      </p>
      <div className="flex flex-col gap-3">
        {ACTIONS.map(({ action, label, busyLabel, hint }) => {
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
                  {imports.busy === action ? busyLabel : label}
                </Button>
                <span id={hintId} className="text-xs text-muted">
                  {hint}
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
          Copy GGUF files into the app&apos;s data folder
          <span className="text-xs text-muted">(otherwise they are used where they are)</span>
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
    </section>
  );
}
