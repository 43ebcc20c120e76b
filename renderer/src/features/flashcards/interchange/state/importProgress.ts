// What the import progress bar says: the phase in words, how far it is, and whether Cancel still applies.
import type { ImportPhase, ImportProgress } from '../../../../../../preload/contract/features/card-tools';

/** A running import as the Import button shows it. */
export interface ImportRun {
  requestId: string;
  /** null until the first event arrives. */
  progress: ImportProgress | null;
  /** Cancel was pressed and main accepted it: the import is stopping. */
  cancelling: boolean;
  /** Cancel came too late: the notes are saved, media files are finishing. */
  tooLate: boolean;
}

const PHASE_LABELS: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  'checking-media': 'Checking images and audio',
  'saving-notes': 'Saving notes and cards',
  'storing-media': 'Storing images and audio',
};

export function newImportRun(requestId: string): ImportRun {
  return { requestId, progress: null, cancelling: false, tooLate: false };
}

/** A request id the contract accepts (letters, digits, "-" and "_"), unique enough within one window. */
export function newImportRequestId(now = Date.now(), random = Math.random()): string {
  return `import-${now.toString(36)}-${Math.floor(random * 36 ** 8).toString(36)}`;
}

/** The latest event of this run (events of other imports are ignored). */
export function withProgress(run: ImportRun, event: ImportProgress): ImportRun {
  return event.requestId === run.requestId ? { ...run, progress: event } : run;
}

/** 0–100 within the current phase; null while nothing is known (the bar is then indeterminate). */
export function progressPercent(progress: ImportProgress | null): number | null {
  if (progress === null || progress.total === 0) return null;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

export function progressLabel(run: ImportRun): string {
  if (run.cancelling) return 'Cancelling…';
  const progress = run.progress;
  if (progress === null) return 'Starting the import…';
  const label = PHASE_LABELS[progress.phase];
  if (progress.phase === 'reading' || progress.total === 0) return `${label}…`;
  const n = (value: number) => value.toLocaleString('en-US');
  return `${label}: ${n(progress.done)} of ${n(progress.total)}`;
}

/** Cancel is offered until the notes are saved (media files stored after that finish regardless). */
export function canCancel(run: ImportRun): boolean {
  return !run.cancelling && !run.tooLate && run.progress?.phase !== 'storing-media';
}
