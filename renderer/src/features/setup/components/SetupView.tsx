// First-run setup (also "Models" in the header): what the app is, which model to download, the optional
// medical adapter, free disk space, and each download's progress with pause/resume/cancel/retry.
import { useState } from 'react';
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useApi } from '../../../lib/api';
import { useModelCatalog } from '../hooks/useModelCatalog';
import { bytesToDownload, formatBytes, hasActivity, type DownloadAction } from '../state/downloads';
import { AdapterSourceField } from './AdapterSourceField';
import { DownloadCard } from './DownloadCard';
import { ModelChoice } from './ModelChoice';

export interface SetupViewProps {
  status: ModelStatus | null;
  onModelStatus(status: ModelStatus): void;
  onOpenSettings(): void;
  onDone(): void;
}

const ACTIVE = new Set(['downloading', 'retrying', 'verifying', 'converting']);

function defaultChoice(models: CatalogEntryView[]): string | null {
  return (models.find((m) => m.inUse) ?? models.find((m) => m.isDefault) ?? models[0])?.id ?? null;
}

export function SetupView({ status, onModelStatus, onOpenSettings, onDone }: SetupViewProps) {
  const api = useApi();
  const downloads = useModelCatalog(api);
  const { catalog } = downloads;
  const [chosen, setChosen] = useState<string | null>(null);
  const [withAdapter, setWithAdapter] = useState(false);

  const models = catalog?.entries.filter((entry) => entry.kind === 'model') ?? [];
  const adapter = catalog?.entries.find((entry) => entry.kind === 'peft-adapter') ?? null;
  const selected = models.find((entry) => entry.id === (chosen ?? defaultChoice(models))) ?? null;
  // Without its source URL the adapter cannot be fetched yet; the model still can.
  const adapterWanted = withAdapter && adapter !== null && !adapter.needsSourceUrl;
  const wanted = [selected, adapterWanted ? adapter : null].filter(
    (entry): entry is CatalogEntryView =>
      entry !== null && entry.progress.state !== 'installed' && !ACTIVE.has(entry.progress.state),
  );
  const needed = bytesToDownload(wanted);
  const short = catalog !== null && catalog.freeBytes !== null && needed > 0 && catalog.freeBytes < needed;
  const ready = status?.state === 'ready' && models.some((entry) => entry.inUse);

  const act = async (action: DownloadAction, entry: CatalogEntryView) => {
    if (action === 'pause') await downloads.pause(entry.id);
    else if (action === 'resume' || action === 'retry') await downloads.resume(entry.id);
    else if (action === 'cancel') await downloads.cancel(entry.id);
    else {
      const loaded = await downloads.use(entry.id);
      if (loaded) onModelStatus(loaded);
    }
  };

  const startDownloads = async () => {
    for (const entry of wanted) await downloads.start(entry.id);
  };

  return (
    <div data-testid="setup-view" className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-3xl flex-col gap-5 p-6" aria-labelledby="setup-heading" role="region">
        <header className="flex flex-col gap-2">
          <h2 id="setup-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            Set up your study assistant
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The assistant answers medical study questions with a small language model (TinyLlama, 1.1 billion
            parameters) that runs entirely on this computer. Download it once; after that no network is used.
          </p>
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100">
            For learning only — not medical advice. Never use its answers for diagnosis, treatment or dosing; a model
            this small is often wrong.
          </p>
        </header>

        {downloads.error && <ErrorBanner message={downloads.error.message} onDismiss={downloads.clearError} />}
        {catalog === null && downloads.error === null && (
          <p className="text-sm text-slate-500 dark:text-slate-400">Reading the model catalog…</p>
        )}

        {catalog !== null && (
          <>
            <section aria-labelledby="setup-model-heading" className="flex flex-col gap-3">
              <h3 id="setup-model-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                1. Choose the model
              </h3>
              <ModelChoice models={models} selected={selected?.id ?? null} onSelect={setChosen} />
            </section>

            {adapter && (
              <section aria-labelledby="setup-adapter-heading" className="flex flex-col gap-3">
                <h3 id="setup-adapter-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                  2. Medical adapter (optional)
                </h3>
                <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
                  <input
                    type="checkbox"
                    data-testid="setup-with-adapter"
                    checked={withAdapter}
                    onChange={(event) => setWithAdapter(event.target.checked)}
                    className="mt-0.5 accent-teal-700"
                  />
                  <span>
                    Also download {adapter.name} (about {formatBytes(adapter.sizeBytes)}). {adapter.summary}
                  </span>
                </label>
                {withAdapter && (
                  <AdapterSourceField
                    value={catalog.adapterSourceUrl}
                    busy={downloads.busy.has('adapter-source')}
                    onSave={downloads.setAdapterSource}
                  />
                )}
              </section>
            )}

            <section aria-label="Download" className="flex flex-col gap-3">
              <p data-testid="setup-disk" className="text-xs text-slate-600 dark:text-slate-300">
                Saved to {catalog.modelsDir}
                {catalog.freeBytes === null ? '' : ` · ${formatBytes(catalog.freeBytes)} free on that disk`}
                {needed > 0 ? ` · this download needs about ${formatBytes(needed)}` : ''}
              </p>
              {short && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                  Not enough free disk space for this download. Free up space or choose the smaller model.
                </p>
              )}
              <div className="flex flex-wrap items-center gap-3">
                <Button
                  variant="primary"
                  data-testid="setup-download"
                  disabled={wanted.length === 0}
                  onClick={() => void startDownloads()}
                >
                  Download
                </Button>
                <Button variant="secondary" data-testid="setup-have-file" onClick={onOpenSettings}>
                  I already have a GGUF file
                </Button>
                {!ready && (
                  <Button variant="ghost" data-testid="setup-skip" onClick={onDone}>
                    Skip for now
                  </Button>
                )}
              </div>
            </section>

            {catalog.entries.some(hasActivity) && (
              <section aria-labelledby="setup-downloads-heading" className="flex flex-col gap-3">
                <h3 id="setup-downloads-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                  Downloads
                </h3>
                {catalog.entries.filter(hasActivity).map((entry) => (
                  <DownloadCard
                    key={entry.id}
                    entry={entry}
                    busy={downloads.busy.has(entry.id)}
                    onAction={(action, target) => void act(action, target)}
                  />
                ))}
              </section>
            )}

            {ready && (
              <div
                role="status"
                data-testid="setup-ready"
                className="flex flex-wrap items-center gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-100"
              >
                <span className="mr-auto">The model is loaded and ready.</span>
                <Button variant="primary" data-testid="setup-start-chat" onClick={onDone}>
                  Start chatting
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
