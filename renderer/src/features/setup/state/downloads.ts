// Pure helpers for the setup screen: merging progress events into the catalog, and display text (through the
// component's t, with sizes, speeds and times through Intl in the UI language).
import type {
  CatalogEntryView,
  DownloadProgress,
  DownloadState,
  ModelCatalogView,
} from '../../../../../preload/contract/features/downloads';
import type { TFunction } from '../../../i18n';
import { formatBytes, formatBytesPerSecond, formatDuration, formatNumber, formatPercent } from '../../../lib/format';

// Sizes go through Intl in the UI language ("668,8 Mo" in French); the setup screen imports them from here.
export { formatBytes };

/** The catalog with one entry's progress replaced (same object when the entry is unknown). */
export function applyProgress(catalog: ModelCatalogView, progress: DownloadProgress): ModelCatalogView {
  if (!catalog.entries.some((entry) => entry.id === progress.entryId)) return catalog;
  return {
    ...catalog,
    entries: catalog.entries.map((entry) => (entry.id === progress.entryId ? { ...entry, progress } : entry)),
  };
}

/** Time left: seconds under a minute ("27 s left", "noch 27 Sek."), then as formatDuration reads it ("2 min left"). */
export function formatEta(t: TFunction<'setup'>, seconds: number): string {
  const time =
    seconds < 60
      ? formatNumber(Math.max(1, Math.ceil(seconds)), undefined, {
          style: 'unit',
          unit: 'second',
          unitDisplay: 'short',
        })
      : formatDuration(seconds * 1000);
  return t('progress.secondsLeft', { time });
}

/** "25%" ("25 %" in German, French and Spanish). */
export function formatPercentDone(percent: number): string {
  return formatPercent(percent / 100);
}

/** Whole percent done, or null while the size is unknown. */
export function percentDone(progress: DownloadProgress): number | null {
  if (progress.totalBytes === null || progress.totalBytes === 0) return null;
  return Math.min(100, Math.floor((progress.receivedBytes / progress.totalBytes) * 100));
}

/** What a transfer has done so far: "12.3 MB of 668.8 MB · 4.1 MB/s · 2 min left" (figures the caller has). */
export function transferText(
  t: TFunction<'setup'>,
  figures: {
    receivedBytes: number;
    totalBytes: number | null;
    bytesPerSecond: number | null;
    etaSeconds: number | null;
  },
): string {
  const parts = [
    figures.totalBytes === null
      ? formatBytes(figures.receivedBytes)
      : t('progress.of', { received: formatBytes(figures.receivedBytes), total: formatBytes(figures.totalBytes) }),
  ];
  if (figures.bytesPerSecond !== null && figures.bytesPerSecond > 0)
    parts.push(formatBytesPerSecond(figures.bytesPerSecond));
  if (figures.etaSeconds !== null) parts.push(formatEta(t, figures.etaSeconds));
  return parts.join(' · ');
}

/** "12.3 MB of 668.8 MB · 4.1 MB/s · 2 min left" */
export function progressText(t: TFunction<'setup'>, progress: DownloadProgress): string {
  return transferText(t, progress);
}

/** Each download state's name, in the `setup` catalog. */
export const STATE_LABEL_KEYS = {
  'not-installed': 'card.state.notInstalled',
  downloading: 'card.state.downloading',
  retrying: 'card.state.retrying',
  paused: 'card.state.paused',
  verifying: 'card.state.verifying',
  converting: 'card.state.converting',
  installed: 'card.state.installed',
  failed: 'card.state.failed',
} as const satisfies Record<DownloadState, string>;

export type DownloadAction = 'pause' | 'resume' | 'retry' | 'cancel' | 'use';

/** The buttons a download card offers in each state. */
export function actionsFor(entry: CatalogEntryView): DownloadAction[] {
  switch (entry.progress.state) {
    case 'downloading':
    case 'retrying':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    case 'failed':
      return ['retry', 'cancel'];
    case 'installed':
      return entry.inUse ? [] : ['use'];
    default:
      return [];
  }
}

/** Whether a card is shown: anything started, installed or failed. */
export function hasActivity(entry: CatalogEntryView): boolean {
  return entry.progress.state !== 'not-installed';
}

/** Bytes a download of these entries still needs (for the free-space hint). */
export function bytesToDownload(entries: CatalogEntryView[]): number {
  return entries.reduce(
    (sum, entry) =>
      entry.progress.state === 'installed' ? sum : sum + Math.max(0, entry.sizeBytes - entry.progress.receivedBytes),
    0,
  );
}
