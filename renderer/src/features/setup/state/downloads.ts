// Pure helpers for the setup screen: merging progress events into the catalog, and display text.
import type {
  CatalogEntryView,
  DownloadProgress,
  DownloadState,
  ModelCatalogView,
} from '../../../../../preload/contract/features/downloads';
import { formatBytes, formatBytesPerSecond } from '../../../lib/format';

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

export function formatEta(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} s left`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/** Whole percent done, or null while the size is unknown. */
export function percentDone(progress: DownloadProgress): number | null {
  if (progress.totalBytes === null || progress.totalBytes === 0) return null;
  return Math.min(100, Math.floor((progress.receivedBytes / progress.totalBytes) * 100));
}

/** "12.3 MB of 668.8 MB · 4.1 MB/s · 2 min left" */
export function progressText(progress: DownloadProgress): string {
  const parts = [
    progress.totalBytes === null
      ? formatBytes(progress.receivedBytes)
      : `${formatBytes(progress.receivedBytes)} of ${formatBytes(progress.totalBytes)}`,
  ];
  if (progress.bytesPerSecond !== null && progress.bytesPerSecond > 0)
    parts.push(formatBytesPerSecond(progress.bytesPerSecond));
  if (progress.etaSeconds !== null) parts.push(formatEta(progress.etaSeconds));
  return parts.join(' · ');
}

export const STATE_LABELS: Record<DownloadState, string> = {
  'not-installed': 'Not downloaded',
  downloading: 'Downloading',
  retrying: 'Connection problem — retrying',
  paused: 'Paused',
  verifying: 'Verifying',
  converting: 'Converting',
  installed: 'Installed',
  failed: 'Failed',
};

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
