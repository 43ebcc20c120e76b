// The first-run setup as one view: which step each download is in (download, verify, convert), the load
// step, one progress figure over both downloads, and the first step that failed with its error.
import type {
  DownloadErrorCodeName,
  DownloadProgress,
  SetupStatus,
  SetupStepId,
  SetupStepState,
} from '../../../preload/contract/features/downloads';

/** Errors of the check before a file is moved into place. */
const VERIFY_CODES: ReadonlySet<DownloadErrorCodeName> = new Set(['checksum', 'no-checksum', 'size']);
/** Errors of the adapter's conversion (including "no base model to convert against"). */
const CONVERT_CODES: ReadonlySet<DownloadErrorCodeName> = new Set(['conversion', 'config']);

export type SetupPhase = 'idle' | 'downloading' | 'loading' | 'loaded' | 'load-failed';

export interface SetupEntryState {
  entryId: string;
  /** Latest progress (null before anything is known). */
  progress: DownloadProgress | null;
  /** Catalog size (exact or approximate) while the real total is unknown. */
  catalogBytes: number;
  /** Starting it was refused (e.g. no source URL), with the reason. */
  startError: string | null;
}

export interface SetupSnapshot {
  model: SetupEntryState | null;
  adapter: SetupEntryState | null;
  phase: SetupPhase;
  loadError: string | null;
  /** A run (downloads, conversion or load) is in progress. */
  running: boolean;
}

interface Step {
  id: SetupStepId;
  state: SetupStepState;
  detail: string | null;
}

const errorOf = (entry: SetupEntryState | null) => entry?.startError ?? entry?.progress?.error ?? null;
const failedWith = (entry: SetupEntryState | null, codes: ReadonlySet<DownloadErrorCodeName>) =>
  entry?.progress?.state === 'failed' && entry.progress.errorCode !== null && codes.has(entry.progress.errorCode);

function downloadStep(id: SetupStepId, entry: SetupEntryState | null, laterCodes: Set<DownloadErrorCodeName>): Step {
  if (entry === null) return { id, state: 'skipped', detail: null };
  if (entry.startError !== null) return { id, state: 'failed', detail: entry.startError };
  const progress = entry.progress;
  switch (progress?.state) {
    case 'downloading':
    case 'retrying':
      return { id, state: 'running', detail: progress.message };
    case 'paused':
      return { id, state: 'paused', detail: progress.message };
    case 'verifying':
    case 'converting':
    case 'installed':
      return { id, state: 'done', detail: null };
    case 'failed':
      // A failure in a later step means this one finished.
      return laterCodes.has(progress.errorCode ?? 'io')
        ? { id, state: 'done', detail: null }
        : { id, state: 'failed', detail: progress.error };
    default:
      return { id, state: 'pending', detail: null };
  }
}

function verifyStep(model: SetupEntryState | null, adapter: SetupEntryState | null): Step {
  const entries = [model, adapter].filter((entry): entry is SetupEntryState => entry !== null);
  const failed = entries.find((entry) => failedWith(entry, VERIFY_CODES));
  if (failed) return { id: 'verify', state: 'failed', detail: errorOf(failed) };
  const verifying = entries.find((entry) => entry.progress?.state === 'verifying');
  if (verifying) return { id: 'verify', state: 'running', detail: verifying.progress?.message ?? null };
  const verified = (entry: SetupEntryState) =>
    entry.progress?.state === 'installed' || entry.progress?.state === 'converting' || failedWith(entry, CONVERT_CODES);
  if (entries.length > 0 && entries.every(verified)) return { id: 'verify', state: 'done', detail: null };
  return { id: 'verify', state: 'pending', detail: null };
}

function convertStep(adapter: SetupEntryState | null): Step {
  if (adapter === null) return { id: 'convert', state: 'skipped', detail: null };
  const progress = adapter.progress;
  if (progress?.state === 'converting') return { id: 'convert', state: 'running', detail: progress.message };
  if (progress?.state === 'installed') return { id: 'convert', state: 'done', detail: null };
  if (failedWith(adapter, CONVERT_CODES)) return { id: 'convert', state: 'failed', detail: progress?.error ?? null };
  return { id: 'convert', state: 'pending', detail: null };
}

function loadStep(phase: SetupPhase, loadError: string | null): Step {
  if (phase === 'loading') return { id: 'load', state: 'running', detail: 'Loading the model and the adapter…' };
  if (phase === 'loaded') return { id: 'load', state: 'done', detail: null };
  if (phase === 'load-failed') return { id: 'load', state: 'failed', detail: loadError };
  return { id: 'load', state: 'pending', detail: null };
}

/** Bytes of one entry: what is on disk (or installed), out of its known or catalog size. */
function bytesOf(entry: SetupEntryState | null): { received: number; total: number; rate: number } {
  if (entry === null) return { received: 0, total: 0, rate: 0 };
  const progress = entry.progress;
  if (progress?.state === 'installed') return { received: entry.catalogBytes, total: entry.catalogBytes, rate: 0 };
  const total = Math.max(progress?.totalBytes ?? entry.catalogBytes, progress?.receivedBytes ?? 0);
  return { received: progress?.receivedBytes ?? 0, total, rate: progress?.bytesPerSecond ?? 0 };
}

export function setupStatus(snapshot: SetupSnapshot): SetupStatus {
  const { model, adapter } = snapshot;
  const laterForModel = new Set(VERIFY_CODES);
  const laterForAdapter = new Set([...VERIFY_CODES, ...CONVERT_CODES]);
  const steps: Step[] = [
    downloadStep('download-model', model, laterForModel),
    downloadStep('download-adapter', adapter, laterForAdapter),
    verifyStep(model, adapter),
    convertStep(adapter),
    loadStep(snapshot.phase, snapshot.loadError),
  ];
  const failed = steps.find((step) => step.state === 'failed') ?? null;
  const state: SetupStatus['state'] =
    snapshot.phase === 'loaded'
      ? 'done'
      : snapshot.running
        ? 'running'
        : failed
          ? 'failed'
          : steps.some((step) => step.state === 'paused')
            ? 'paused'
            : 'idle';
  const parts = [bytesOf(model), bytesOf(adapter)];
  const received = parts.reduce((sum, part) => sum + part.received, 0);
  const total = parts.reduce((sum, part) => sum + part.total, 0);
  const rate = parts.reduce((sum, part) => sum + part.rate, 0);
  const moving = state === 'running' && rate > 0;
  return {
    state,
    modelEntryId: model?.entryId ?? null,
    adapterEntryId: adapter?.entryId ?? null,
    steps,
    failedStep: failed?.id ?? null,
    error: failed?.detail ?? null,
    receivedBytes: received,
    totalBytes: model === null && adapter === null ? null : total,
    bytesPerSecond: moving ? rate : null,
    etaSeconds: moving ? Math.max(0, total - received) / rate : null,
  };
}
