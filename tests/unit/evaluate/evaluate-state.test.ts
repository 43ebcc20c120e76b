// The Evaluate view's reducer and pairing: a run's lifecycle from start to done, events of other
// runs, cancel, failure, stored runs, and which pair the chart plots.
import { describe, expect, it } from 'vitest';
import type {
  EvaluationDone,
  EvaluationProgressEvent,
  EvaluationVariantId,
} from '../../../preload/contract/features/evaluation';
import { evaluationRun } from './fixtures';
import {
  evaluateReducer,
  initialEvaluateState,
  isRunning,
  plottedPair,
  requestedVariants,
  type EvaluateAction,
  type EvaluateState,
} from '../../../renderer/src/features/evaluate/state/evaluateState';

const SHA_B = 'b'.repeat(64);

function progress(runKey: string, variant: EvaluationVariantId, itemsDone: number): EvaluationProgressEvent {
  return { runKey, variant, itemsDone, itemsTotal: 4, tokensPerSecond: 100 };
}

function reduce(actions: EvaluateAction[], state: EvaluateState = initialEvaluateState): EvaluateState {
  return actions.reduce(evaluateReducer, state);
}

const picked = reduce([{ type: 'pickData', path: '/data/cards.jsonl' }]);

describe('evaluateReducer: one run', () => {
  it('start → started → progress per variant → done: idle, the new runs stored and plotted', () => {
    const running = reduce(
      [
        { type: 'start', variants: ['base', 'adapter'] },
        { type: 'started', runKey: 'k1' },
        { type: 'progress', progress: progress('k1', 'base', 2) },
      ],
      picked,
    );
    expect(running.phase).toBe('running');
    expect(isRunning(running)).toBe(true);
    expect(running.requested).toEqual(['base', 'adapter']);
    expect(running.progress.base?.itemsDone).toBe(2);
    expect(running.progress.adapter).toBeUndefined();

    const runs = [evaluationRun(11, 'base'), evaluationRun(12, 'adapter')];
    const done: EvaluationDone = { runKey: 'k1', status: 'complete', runs, error: null };
    const finished = reduce([{ type: 'done', done }], running);
    expect(finished.phase).toBe('idle');
    expect(finished.runKey).toBeNull();
    expect(finished.runs.map((run) => run.id)).toEqual([12, 11]);
    expect(finished.selectedId).toBe(12);
  });

  it('events that arrive before the start reply are kept (main may answer after its first event)', () => {
    const state = reduce(
      [
        { type: 'start', variants: ['base'] },
        { type: 'progress', progress: progress('k1', 'base', 1) },
        { type: 'started', runKey: 'k1' },
      ],
      picked,
    );
    expect(state.phase).toBe('running');
    expect(state.runKey).toBe('k1');
    expect(state.progress.base?.itemsDone).toBe(1);
    // Even the done event may win the race: a late start reply does not reopen the run.
    const early = reduce(
      [
        { type: 'start', variants: ['base'] },
        { type: 'done', done: { runKey: 'k2', status: 'complete', runs: [evaluationRun(5, 'base')], error: null } },
        { type: 'started', runKey: 'k2' },
      ],
      picked,
    );
    expect(early.phase).toBe('idle');
    expect(early.runs.map((run) => run.id)).toEqual([5]);
  });

  it("another run's events are ignored while this one runs", () => {
    const running = reduce(
      [
        { type: 'start', variants: ['base'] },
        { type: 'started', runKey: 'mine' },
        { type: 'progress', progress: progress('other', 'adapter', 3) },
        { type: 'done', done: { runKey: 'other', status: 'failed', runs: [], error: 'boom' } },
      ],
      picked,
    );
    expect(running.phase).toBe('running');
    expect(running.progress).toEqual({});
    expect(running.error).toBeNull();
  });

  it('idle: progress of a run started before a reload is adopted, so it can be followed and cancelled', () => {
    const adopted = reduce([{ type: 'progress', progress: progress('k9', 'adapter', 1) }]);
    expect(adopted.phase).toBe('running');
    expect(adopted.runKey).toBe('k9');
    expect(adopted.requested).toEqual(['adapter']);
    const cancelling = reduce([{ type: 'cancel' }], adopted);
    expect(cancelling.phase).toBe('cancelling');
  });

  it('cancel → cancelling → done(cancelled): idle with a notice, nothing added', () => {
    const state = reduce(
      [{ type: 'start', variants: ['base', 'adapter'] }, { type: 'started', runKey: 'k1' }, { type: 'cancel' }],
      picked,
    );
    expect(state.phase).toBe('cancelling');
    expect(isRunning(state)).toBe(true);
    const done = reduce([{ type: 'done', done: { runKey: 'k1', status: 'cancelled', runs: [], error: null } }], state);
    expect(done.phase).toBe('idle');
    expect(done.notice).toBe('cancelled');
    expect(done.runs).toEqual([]);
    expect(reduce([{ type: 'cancel' }]).phase).toBe('idle'); // nothing to cancel
  });

  it('a failed run shows its error (the bad line), and a failed start too', () => {
    const failed = reduce(
      [
        { type: 'start', variants: ['base'] },
        { type: 'started', runKey: 'k1' },
        { type: 'done', done: { runKey: 'k1', status: 'failed', runs: [], error: 'line 3: "answer" is missing' } },
      ],
      picked,
    );
    expect(failed.phase).toBe('idle');
    expect(failed.error).toEqual({ kind: 'runFailed', detail: 'line 3: "answer" is missing' });
    const refused = reduce(
      [
        { type: 'start', variants: ['adapter'] },
        { type: 'startFailed', error: 'No LoRA' },
      ],
      picked,
    );
    expect(refused).toMatchObject({ phase: 'idle', error: { kind: 'message', text: 'No LoRA' } });
    expect(reduce([{ type: 'dismissError' }], refused).error).toBeNull();
  });
});

describe('evaluateReducer: stored runs', () => {
  it('loads newest first, keeps a selection that still exists, and forgets a deleted one', () => {
    const runs = [evaluationRun(1, 'base'), evaluationRun(3, 'base'), evaluationRun(2, 'adapter')];
    const loaded = reduce([
      { type: 'runsLoaded', runs },
      { type: 'select', id: 2 },
    ]);
    expect(loaded.runs.map((run) => run.id)).toEqual([3, 2, 1]);
    expect(loaded.selectedId).toBe(2);
    expect(reduce([{ type: 'runsLoaded', runs }], loaded).selectedId).toBe(2);
    const deleted = reduce([{ type: 'deleted', id: 2 }], loaded);
    expect(deleted.runs.map((run) => run.id)).toEqual([3, 1]);
    expect(deleted.selectedId).toBeNull();
    expect(reduce([{ type: 'runsLoaded', runs: [evaluationRun(1, 'base')] }], loaded).selectedId).toBeNull();
  });

  it('runs finished elsewhere are merged without duplicates', () => {
    const state = reduce([{ type: 'runsLoaded', runs: [evaluationRun(1, 'base')] }]);
    const merged = reduce(
      [
        {
          type: 'done',
          done: {
            runKey: 'x',
            status: 'complete',
            runs: [evaluationRun(1, 'base'), evaluationRun(2, 'adapter')],
            error: null,
          },
        },
      ],
      state,
    );
    expect(merged.runs.map((run) => run.id)).toEqual([2, 1]);
  });
});

describe('requestedVariants', () => {
  it('base first; the adapter only when chosen and loaded', () => {
    expect(requestedVariants(initialEvaluateState, true)).toEqual(['base', 'adapter']);
    expect(requestedVariants(initialEvaluateState, false)).toEqual(['base']);
    const adapterOnly = reduce([{ type: 'choose', variant: 'base', on: false }]);
    expect(requestedVariants(adapterOnly, true)).toEqual(['adapter']);
    expect(requestedVariants(adapterOnly, false)).toEqual([]);
  });
});

describe('plottedPair', () => {
  const runs = [
    evaluationRun(6, 'adapter', { dataSha256: SHA_B }), // newest, other data
    evaluationRun(5, 'base', { dataSha256: SHA_B }),
    evaluationRun(4, 'adapter'),
    evaluationRun(3, 'base'),
    evaluationRun(2, 'adapter', { modelPath: '/models/other.gguf' }),
    evaluationRun(1, 'base'),
  ].sort((a, b) => b.createdAt - a.createdAt);

  it('nothing stored: nothing to plot', () => {
    expect(plottedPair([], null)).toBeNull();
  });

  it('defaults to the newest run and its partner on the same data', () => {
    expect(plottedPair(runs, null)).toEqual({ base: runs[1], adapter: runs[0] });
  });

  it('a selected run is paired with the nearest other variant on the same data and model', () => {
    const pair = plottedPair(runs, 1);
    expect(pair?.base?.id).toBe(1);
    expect(pair?.adapter?.id).toBe(4); // 2 is nearer in time but scored another model
    expect(plottedPair(runs, 4)).toMatchObject({ base: { id: 3 }, adapter: { id: 4 } });
  });

  it('a run without a partner is plotted alone', () => {
    const pair = plottedPair(runs, 2);
    expect(pair).toEqual({ base: null, adapter: runs.find((run) => run.id === 2) });
  });
});
