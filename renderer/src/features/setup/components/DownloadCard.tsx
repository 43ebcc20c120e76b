// One download: progress bar with speed and time left, what is happening, and its buttons.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import { Badge, type BadgeTone } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useTranslation } from '../../../i18n';
import {
  actionsFor,
  formatPercentDone,
  percentDone,
  progressText,
  STATE_LABEL_KEYS,
  type DownloadAction,
} from '../state/downloads';
import { entryName } from '../state/entryText';

const TONES: Record<CatalogEntryView['progress']['state'], BadgeTone> = {
  'not-installed': 'neutral',
  downloading: 'info',
  retrying: 'warning',
  paused: 'neutral',
  verifying: 'info',
  converting: 'info',
  installed: 'success',
  failed: 'danger',
};

const ACTION_LABEL_KEYS = {
  pause: 'card.actions.pause',
  resume: 'card.actions.resume',
  retry: 'card.actions.retry',
  cancel: 'card.actions.cancel',
  use: 'card.actions.use',
} as const satisfies Record<DownloadAction, string>;

export interface DownloadCardProps {
  entry: CatalogEntryView;
  busy: boolean;
  onAction(action: DownloadAction, entry: CatalogEntryView): void;
}

export function DownloadCard({ entry, busy, onAction }: DownloadCardProps) {
  const { t } = useTranslation('setup');
  const { progress } = entry;
  const percent = percentDone(progress);
  const figures = progressText(t, progress);
  const moving = progress.state === 'downloading' || progress.state === 'verifying' || progress.state === 'converting';
  const labelId = `download-${entry.id}-label`;
  return (
    <section
      data-testid={`download-${entry.id}`}
      data-state={progress.state}
      aria-labelledby={labelId}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h4 id={labelId} className="mr-auto text-sm font-semibold text-slate-900 dark:text-slate-100">
          {entryName(t, entry)}
        </h4>
        {entry.inUse && <Badge tone="success">{t('card.inUse')}</Badge>}
        <Badge tone={TONES[progress.state]}>{t(STATE_LABEL_KEYS[progress.state])}</Badge>
      </div>

      {progress.state !== 'installed' && (
        <div className="mt-3">
          <div
            role="progressbar"
            data-testid="download-progress"
            aria-labelledby={labelId}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            aria-valuetext={
              percent === null
                ? figures
                : t('card.progressValue', { percent: formatPercentDone(percent), progress: figures })
            }
            className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <div
              className={`h-full rounded-full transition-[width] duration-300 ${
                progress.state === 'failed' ? 'bg-red-600' : 'bg-teal-600'
              } ${percent === null && moving ? 'w-1/3 animate-pulse' : ''}`}
              style={percent === null ? undefined : { width: `${percent}%` }}
            />
          </div>
          <p data-testid="download-stats" className="mt-1.5 text-xs text-slate-600 tabular-nums dark:text-slate-300">
            {percent === null ? figures : `${formatPercentDone(percent)} · ${figures}`}
          </p>
        </div>
      )}
      {progress.state === 'installed' && progress.installedPath && (
        <p className="mt-2 text-xs break-all text-slate-600 dark:text-slate-300">
          {t('card.savedAs', { path: progress.installedPath })}
        </p>
      )}

      {progress.message && progress.state !== 'failed' && (
        <p role="status" data-testid="download-message" className="mt-2 text-xs text-slate-600 dark:text-slate-300">
          {progress.message}
        </p>
      )}
      {progress.state === 'failed' && progress.error && (
        <div className="mt-3">
          <ErrorBanner message={progress.error} />
        </div>
      )}

      {actionsFor(entry).length > 0 && (
        <div className="mt-3 flex flex-wrap gap-2">
          {actionsFor(entry).map((action) => (
            <Button
              key={action}
              size="sm"
              variant={action === 'use' || action === 'retry' ? 'primary' : action === 'cancel' ? 'ghost' : 'secondary'}
              data-testid={`download-${action}`}
              disabled={busy}
              onClick={() => onAction(action, entry)}
            >
              {action === 'use' && entry.kind === 'peft-adapter'
                ? t('card.actions.useAdapter')
                : t(ACTION_LABEL_KEYS[action])}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
