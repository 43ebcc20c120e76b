// First-run setup (also "Models" in the header): what the app is, which model to download, the medical
// adapter (on by default), free disk space, and one progress view for the whole setup (download, verify,
// convert, load) with the failed step named and Retry; other downloads keep their own cards.
import { useEffect, useState } from 'react';
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { TermTip } from '../../../components/ui/TermTip';
import { Trans, useTranslation, type TFunction } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { hasLoadedModel } from '../../model/labels';
import { useFirstRunSetup } from '../hooks/useFirstRunSetup';
import { useModelCatalog } from '../hooks/useModelCatalog';
import { bytesToDownload, formatBytes, hasActivity, type DownloadAction } from '../state/downloads';
import { setupActive } from '../state/setupSteps';
import { AdapterSection } from './AdapterSection';
import { DownloadCard } from './DownloadCard';
import { ModelChoice } from './ModelChoice';
import { SetupProgress } from './SetupProgress';

export interface SetupViewProps {
  status: ModelStatus | null;
  onModelStatus(status: ModelStatus): void;
  onOpenSettings(): void;
  onDone(): void;
}

const ACTIVE = new Set(['downloading', 'retrying', 'verifying', 'converting']);

/** With a model already loaded, a download is a switch, and the button says so. */
function downloadLabel(t: TFunction<'setup'>, needsDownload: boolean, loadedNow: boolean): string {
  if (!needsDownload) return loadedNow ? t('download.switch') : t('download.setUp');
  return loadedNow ? t('download.downloadAndSwitch') : t('download.downloadAndSetUp');
}

/** "In use now: TinyLlama … with the medical adapter", and whether it came from the student's own file. */
function inUseKey(withAdapter: boolean, fromOwnFile: boolean) {
  if (withAdapter) return fromOwnFile ? 'view.inUseWithAdapterOwnFile' : 'view.inUseWithAdapter';
  return fromOwnFile ? 'view.inUseBaseOwnFile' : 'view.inUseBase';
}

function defaultChoice(models: CatalogEntryView[]): string | null {
  return (models.find((m) => m.inUse) ?? models.find((m) => m.isDefault) ?? models[0])?.id ?? null;
}

export function SetupView({ status, onModelStatus, onOpenSettings, onDone }: SetupViewProps) {
  const { t } = useTranslation('setup');
  const api = useApi();
  const downloads = useModelCatalog(api);
  const setup = useFirstRunSetup(api);
  const { catalog, refresh } = downloads;
  const [chosen, setChosen] = useState<string | null>(null);
  const [withAdapter, setWithAdapter] = useState(true);

  const models = catalog?.entries.filter((entry) => entry.kind === 'model') ?? [];
  const adapter = catalog?.entries.find((entry) => entry.kind === 'peft-adapter') ?? null;
  const selected = models.find((entry) => entry.id === (chosen ?? defaultChoice(models))) ?? null;
  // Without a source (no default, no URL set) the adapter cannot be fetched; the model still can.
  const adapterWanted = withAdapter && adapter !== null && !adapter.needsSourceUrl;
  const wanted = [selected, adapterWanted ? adapter : null].filter(
    (entry): entry is CatalogEntryView =>
      entry !== null && entry.progress.state !== 'installed' && !ACTIVE.has(entry.progress.state),
  );
  const needed = bytesToDownload(wanted);
  const short = catalog !== null && catalog.freeBytes !== null && needed > 0 && catalog.freeBytes < needed;
  const setupStatus = setup.status;
  const setupDone = setupStatus?.state === 'done';
  const running = setupStatus?.state === 'running';
  // A model loaded from the user's own file is in use too, though no catalog entry is.
  const loadedNow = status !== null && hasLoadedModel(status.state) && status.modelInfo !== null;
  const ready = loadedNow && status?.state === 'ready' && !running;
  const fromOwnFile = loadedNow && !models.some((entry) => entry.inUse && entry.kind === 'model');
  // The entries the setup view follows get no card of their own.
  const inSetup = new Set(
    setupActive(setupStatus) ? [setupStatus?.modelEntryId, setupStatus?.adapterEntryId].filter(Boolean) : [],
  );

  // "In use" changed when the setup loaded the pair.
  useEffect(() => {
    if (setupDone) void refresh().catch(() => undefined);
  }, [setupDone, refresh]);

  const act = async (action: DownloadAction, entry: CatalogEntryView) => {
    if (action === 'pause') await downloads.pause(entry.id);
    else if (action === 'resume' || action === 'retry') await downloads.resume(entry.id);
    else if (action === 'cancel') await downloads.cancel(entry.id);
    else {
      const loaded = await downloads.use(entry.id);
      if (loaded) onModelStatus(loaded);
    }
  };

  const startSetup = async () => {
    if (selected === null) return;
    await setup.start(selected.id, adapterWanted && adapter ? adapter.id : null);
  };
  const retrySetup = () => {
    if (setupStatus?.modelEntryId) void setup.start(setupStatus.modelEntryId, setupStatus.adapterEntryId);
  };
  const everythingInUse =
    selected !== null && selected.inUse && (!adapterWanted || (adapter !== null && adapter.inUse));

  return (
    <div data-testid="setup-view" className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-3xl flex-col gap-5 p-6" aria-labelledby="setup-heading" role="region">
        <header className="flex flex-col gap-2">
          <h2 id="setup-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {loadedNow ? t('view.titleModels') : t('view.titleSetup')}
          </h2>
          {loadedNow && status?.modelInfo && (
            <p
              data-testid="setup-in-use"
              className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-100"
            >
              <Trans
                t={t}
                i18nKey={inUseKey(status.adapter !== null, fromOwnFile)}
                values={{ model: status.modelInfo.modelName }}
                components={[<strong key="model" />]}
              />
            </p>
          )}
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('view.intro')}</p>
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100">
            {t('view.safety')}
          </p>
        </header>

        {downloads.error && <ErrorBanner message={downloads.error.message} onDismiss={downloads.clearError} />}
        {setup.error && <ErrorBanner message={setup.error.message} onDismiss={setup.clearError} />}
        {catalog === null && downloads.error === null && (
          <p className="text-sm text-muted">{t('view.readingCatalog')}</p>
        )}

        {catalog !== null && (
          <>
            <section aria-labelledby="setup-model-heading" className="flex flex-col gap-3">
              <h3 id="setup-model-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                {t('model.heading')}
              </h3>
              <ModelChoice models={models} selected={selected?.id ?? null} onSelect={setChosen} />
            </section>

            {adapter && (
              <AdapterSection
                adapter={adapter}
                checked={withAdapter}
                onChecked={setWithAdapter}
                overrideUrl={catalog.adapterSourceUrl}
                busy={downloads.busy.has('adapter-source')}
                onSaveSource={downloads.setAdapterSource}
              />
            )}

            <section aria-label={t('download.label')} className="flex flex-col gap-3">
              <p data-testid="setup-disk" className="text-xs text-slate-600 dark:text-slate-300">
                {[
                  t('download.savedTo', { dir: catalog.modelsDir }),
                  catalog.freeBytes === null ? null : t('download.free', { size: formatBytes(catalog.freeBytes) }),
                  needed > 0 ? t('download.needs', { size: formatBytes(needed) }) : null,
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </p>
              {short && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                  {t('download.notEnoughSpace')}
                </p>
              )}
              <div className="flex flex-wrap items-center gap-3">
                <Button
                  variant="primary"
                  data-testid="setup-download"
                  disabled={selected === null || running || setup.busy || everythingInUse}
                  onClick={() => void startSetup()}
                >
                  {downloadLabel(t, wanted.length > 0, loadedNow)}
                </Button>
                {/* Wraps, so the tip's explanation opens on a line of its own under the button. */}
                <span className="inline-flex flex-wrap items-center gap-1">
                  <Button variant="secondary" data-testid="setup-have-file" onClick={onOpenSettings}>
                    {t('download.haveFile')}
                  </Button>
                  <TermTip term="gguf" />
                </span>
                {!ready && (
                  <Button variant="ghost" data-testid="setup-skip" onClick={onDone}>
                    {t('download.skip')}
                  </Button>
                )}
              </div>
            </section>

            {setupStatus !== null && setupActive(setupStatus) && (
              <SetupProgress
                status={setupStatus}
                busy={setup.busy}
                onRetry={retrySetup}
                onPause={() => void setup.pause()}
              />
            )}

            {catalog.entries.some((entry) => hasActivity(entry) && !inSetup.has(entry.id)) && (
              <section aria-labelledby="setup-downloads-heading" className="flex flex-col gap-3">
                <h3 id="setup-downloads-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                  {t('download.downloadsHeading')}
                </h3>
                {catalog.entries
                  .filter((entry) => hasActivity(entry) && !inSetup.has(entry.id))
                  .map((entry) => (
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
                <span className="mr-auto">
                  {status?.adapter ? t('download.readyWithAdapter') : t('download.ready')}
                </span>
                <Button variant="primary" data-testid="setup-start-chat" onClick={onDone}>
                  {t('download.startChat')}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
