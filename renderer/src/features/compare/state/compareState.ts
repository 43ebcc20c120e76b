// Pure state of one comparison: the two sides' streamed text and final results. Events are kept by
// request id, because main may send the first deltas before the start reply (with the ids) arrives.
import type { CompareDone, CompareSide, CompareStarted } from '../../../../../preload/contract/features/compare';
import type { ProfileId } from '../../../../../preload/contract/schemas';

export interface StreamedAnswer {
  text: string;
  done: CompareDone | null;
}

export interface SideInfo {
  requestId: string;
  profile: ProfileId;
}

/** The engine that answered a comparison ("Remote: NAME" when a server). */
export type CompareEngine = CompareStarted['engine'];

export interface CompareState {
  question: string;
  /** 'starting' until the start reply; 'running' while either side streams. */
  phase: 'idle' | 'starting' | 'running' | 'finished';
  sides: { base: SideInfo; adapter: SideInfo & { scale: number } } | null;
  /** Who answers this comparison, from the start reply; null before it. */
  engine: CompareEngine | null;
  answers: Readonly<Record<string, StreamedAnswer>>;
  error: string | null;
}

export type CompareAction =
  | { type: 'start'; question: string }
  | { type: 'started'; started: CompareStarted }
  | { type: 'startFailed'; error: string }
  | { type: 'delta'; requestId: string; delta: string }
  | { type: 'done'; done: CompareDone };

export const initialCompareState: CompareState = {
  question: '',
  phase: 'idle',
  sides: null,
  engine: null,
  answers: {},
  error: null,
};

const EMPTY: StreamedAnswer = { text: '', done: null };

function update(state: CompareState, requestId: string, change: (answer: StreamedAnswer) => StreamedAnswer) {
  // Only the current comparison's events count; late ones from an earlier comparison are dropped.
  if (state.phase !== 'starting' && !isCurrent(state, requestId)) return state;
  const answers = { ...state.answers, [requestId]: change(state.answers[requestId] ?? EMPTY) };
  return withPhase({ ...state, answers });
}

function isCurrent(state: CompareState, requestId: string): boolean {
  return (
    state.sides !== null && (state.sides.base.requestId === requestId || state.sides.adapter.requestId === requestId)
  );
}

/** Finished once both sides have their done event. */
function withPhase(state: CompareState): CompareState {
  if (state.phase !== 'running' || state.sides === null) return state;
  const { base, adapter } = state.sides;
  const finished = state.answers[base.requestId]?.done && state.answers[adapter.requestId]?.done;
  return finished ? { ...state, phase: 'finished' } : state;
}

export function compareReducer(state: CompareState, action: CompareAction): CompareState {
  switch (action.type) {
    case 'start':
      return { question: action.question, phase: 'starting', sides: null, engine: null, answers: {}, error: null };
    case 'started': {
      const { base, adapter, engine } = action.started;
      // Keep only what arrived early for these two requests.
      const answers: Record<string, StreamedAnswer> = {};
      for (const id of [base.requestId, adapter.requestId]) answers[id] = state.answers[id] ?? EMPTY;
      return withPhase({ ...state, phase: 'running', sides: { base, adapter }, engine, answers });
    }
    case 'startFailed':
      return { ...state, phase: 'idle', error: action.error };
    case 'delta':
      if (action.delta === '') return state;
      return update(state, action.requestId, (answer) => ({ ...answer, text: answer.text + action.delta }));
    case 'done':
      // The done event carries the whole text: it wins over whatever the deltas added up to.
      return update(state, action.done.requestId, () => ({ text: action.done.text, done: action.done }));
  }
}

/** What one column shows. */
export interface SideView {
  side: CompareSide;
  info: SideInfo | null;
  answer: StreamedAnswer;
  streaming: boolean;
}

export function sideView(state: CompareState, side: CompareSide): SideView {
  const info = state.sides?.[side] ?? null;
  const answer = (info && state.answers[info.requestId]) || EMPTY;
  const streaming = state.phase === 'starting' || (state.phase === 'running' && answer.done === null);
  return { side, info, answer, streaming };
}
