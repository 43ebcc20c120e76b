// Pure state of the Evaluate view: the chosen data file and variants, the running evaluation's
// progress per variant, the stored runs, and which run's pair is plotted.
import type {
  EvaluationDone,
  EvaluationProgressEvent,
  EvaluationRunRecord,
  EvaluationVariantId,
} from '../../../../../preload/contract/features/evaluation';

export const VARIANTS: readonly EvaluationVariantId[] = ['base', 'adapter'];

/** What the error banner says: main's message as it came, or that a run failed (with main's reason, if any). */
export type EvaluateError = { kind: 'message'; text: string } | { kind: 'runFailed'; detail: string | null };

export interface EvaluateState {
  dataPath: string | null;
  /** Which variants the checkboxes ask for. */
  chosen: Readonly<Record<EvaluationVariantId, boolean>>;
  /** 'starting' until main answers with the run key; 'cancelling' after Cancel until the done event. */
  phase: 'idle' | 'starting' | 'running' | 'cancelling';
  runKey: string | null;
  /** Variants of the running (or last) evaluation, in scoring order. */
  requested: readonly EvaluationVariantId[];
  progress: Readonly<Partial<Record<EvaluationVariantId, EvaluationProgressEvent>>>;
  /** Stored runs, newest first. */
  runs: readonly EvaluationRunRecord[];
  /** The run whose pair is plotted; null = the newest run. */
  selectedId: number | null;
  error: EvaluateError | null;
  /** The view words it: the only notice is that a cancelled run stored nothing. */
  notice: 'cancelled' | null;
}

export type EvaluateAction =
  | { type: 'pickData'; path: string }
  | { type: 'choose'; variant: EvaluationVariantId; on: boolean }
  | { type: 'start'; variants: readonly EvaluationVariantId[] }
  | { type: 'started'; runKey: string }
  | { type: 'startFailed'; error: string }
  | { type: 'cancel' }
  | { type: 'progress'; progress: EvaluationProgressEvent }
  | { type: 'done'; done: EvaluationDone }
  | { type: 'runsLoaded'; runs: readonly EvaluationRunRecord[] }
  | { type: 'select'; id: number }
  | { type: 'deleted'; id: number }
  | { type: 'failed'; error: string }
  | { type: 'dismissError' };

export const initialEvaluateState: EvaluateState = {
  dataPath: null,
  chosen: { base: true, adapter: true },
  phase: 'idle',
  runKey: null,
  requested: [],
  progress: {},
  runs: [],
  selectedId: null,
  error: null,
  notice: null,
};

export function isRunning(state: EvaluateState): boolean {
  return state.phase !== 'idle';
}

/** Events of another run are ignored; while starting (key not known yet) or idle (after a reload), they are adopted. */
function ownsEvent(state: EvaluateState, runKey: string): boolean {
  return state.runKey === null || state.runKey === runKey;
}

function newestFirst(runs: readonly EvaluationRunRecord[]): EvaluationRunRecord[] {
  return [...runs].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

function withRuns(state: EvaluateState, added: readonly EvaluationRunRecord[]): readonly EvaluationRunRecord[] {
  const ids = new Set(added.map((run) => run.id));
  return newestFirst([...added, ...state.runs.filter((run) => !ids.has(run.id))]);
}

function finish(state: EvaluateState, done: EvaluationDone): EvaluateState {
  const ended = { ...state, phase: 'idle' as const, runKey: null };
  switch (done.status) {
    case 'complete': {
      // Plot what was just measured.
      const newest = newestFirst(done.runs)[0];
      return { ...ended, runs: withRuns(state, done.runs), selectedId: newest?.id ?? state.selectedId };
    }
    case 'cancelled':
      return { ...ended, notice: 'cancelled' };
    case 'failed':
      return { ...ended, error: { kind: 'runFailed', detail: done.error } };
  }
}

export function evaluateReducer(state: EvaluateState, action: EvaluateAction): EvaluateState {
  switch (action.type) {
    case 'pickData':
      return { ...state, dataPath: action.path, error: null };
    case 'choose':
      return { ...state, chosen: { ...state.chosen, [action.variant]: action.on } };
    case 'start':
      return {
        ...state,
        phase: 'starting',
        runKey: null,
        requested: [...action.variants],
        progress: {},
        error: null,
        notice: null,
      };
    case 'started':
      // The done event may already have arrived (adopted while starting): then stay finished.
      return state.phase === 'starting' ? { ...state, phase: 'running', runKey: action.runKey } : state;
    case 'startFailed':
      return { ...state, phase: 'idle', runKey: null, error: { kind: 'message', text: action.error } };
    case 'cancel':
      return state.phase === 'running' ? { ...state, phase: 'cancelling' } : state;
    case 'progress': {
      const { progress } = action;
      if (!ownsEvent(state, progress.runKey)) return state;
      // Idle: a run this view did not start (e.g. before a reload) is adopted, so it can be followed and cancelled.
      const base =
        state.phase === 'idle' ? { ...state, phase: 'running' as const, requested: [], progress: {} } : state;
      return {
        ...base,
        runKey: progress.runKey,
        requested: base.requested.includes(progress.variant) ? base.requested : [...base.requested, progress.variant],
        progress: { ...base.progress, [progress.variant]: progress },
      };
    }
    case 'done':
      if (state.phase === 'idle' || !ownsEvent(state, action.done.runKey)) {
        // Someone else's run finished (another window, before a reload): only its stored runs matter.
        return { ...state, runs: withRuns(state, action.done.runs) };
      }
      return finish(state, action.done);
    case 'runsLoaded': {
      const selectedId = action.runs.some((run) => run.id === state.selectedId) ? state.selectedId : null;
      return { ...state, runs: newestFirst(action.runs), selectedId };
    }
    case 'select':
      return { ...state, selectedId: action.id };
    case 'deleted':
      return {
        ...state,
        runs: state.runs.filter((run) => run.id !== action.id),
        selectedId: state.selectedId === action.id ? null : state.selectedId,
      };
    case 'failed':
      return { ...state, error: { kind: 'message', text: action.error } };
    case 'dismissError':
      return { ...state, error: null, notice: null };
  }
}

/** The variants to request: the chosen ones that can run, base first. */
export function requestedVariants(state: EvaluateState, adapterLoaded: boolean): EvaluationVariantId[] {
  return VARIANTS.filter((variant) => state.chosen[variant] && (variant === 'base' || adapterLoaded));
}

export interface PlottedPair {
  base: EvaluationRunRecord | null;
  adapter: EvaluationRunRecord | null;
}

/**
 * The selected run (or the newest) and its partner: the other variant on the same data (SHA-256)
 * and model, nearest in time. A run without a partner is plotted alone.
 */
export function plottedPair(runs: readonly EvaluationRunRecord[], selectedId: number | null): PlottedPair | null {
  const anchor = runs.find((run) => run.id === selectedId) ?? runs[0];
  if (anchor === undefined) return null;
  const partner = runs
    .filter(
      (run) =>
        run.variant !== anchor.variant && run.dataSha256 === anchor.dataSha256 && run.modelPath === anchor.modelPath,
    )
    .sort((a, b) => Math.abs(a.createdAt - anchor.createdAt) - Math.abs(b.createdAt - anchor.createdAt))[0];
  const pair: PlottedPair = { base: null, adapter: null };
  pair[anchor.variant] = anchor;
  if (partner) pair[partner.variant] = partner;
  return pair;
}
