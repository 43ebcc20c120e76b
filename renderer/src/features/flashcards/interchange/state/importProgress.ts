// What the import progress bar says: the phase in words, how far it is, and whether Cancel still applies.
import type { ImportPhase, ImportProgress } from '../../../../../../preload/contract/features/card-tools';
import type { TFunction } from '../../../../i18n';

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

const PHASE_KEYS = {
  reading: 'import.phases.reading',
  'checking-media': 'import.phases.checkingMedia',
  'saving-notes': 'import.phases.savingNotes',
  'storing-media': 'import.phases.storingMedia',
} as const satisfies Record<ImportPhase, string>;

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

export function progressLabel(run: ImportRun, t: TFunction<'cards'>): string {
  if (run.cancelling) return t('import.cancelling');
  const progress = run.progress;
  if (progress === null) return t('import.starting');
  const phase = t(PHASE_KEYS[progress.phase]);
  if (progress.phase === 'reading' || progress.total === 0) return t('import.phaseRunning', { phase });
  return t('import.phaseCount', { phase, done: progress.done, total: progress.total });
}

/** Cancel is offered until the notes are saved (media files stored after that finish regardless). */
export function canCancel(run: ImportRun): boolean {
  return !run.cancelling && !run.tooLate && run.progress?.phase !== 'storing-media';
}
