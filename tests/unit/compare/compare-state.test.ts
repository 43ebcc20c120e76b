// The Compare view's reducer: early events, late events of an older comparison, and when it is over.
import { describe, expect, it } from 'vitest';
import type { CompareDone } from '../../../preload/contract/features/compare';
import {
  compareReducer,
  initialCompareState,
  sideView,
  type CompareAction,
  type CompareState,
} from '../../../renderer/src/features/compare/state/compareState';

const started = {
  engine: { kind: 'local' as const, serverId: null, name: 'This computer' },
  base: { requestId: 'b1', profile: 'template' as const },
  adapter: { requestId: 'a1', profile: 'adapter' as const, scale: 1 },
};

function done(requestId: string, side: 'base' | 'adapter', text: string, status: CompareDone['status'] = 'complete') {
  return {
    type: 'done',
    done: { requestId, side, status, text, tokens: 3, tokensPerSecond: 20, profile: 'template', error: null },
  } as const;
}

const run = (actions: CompareAction[], state: CompareState = initialCompareState) =>
  actions.reduce(compareReducer, state);

describe('compareReducer', () => {
  it('keeps deltas that arrive before the start reply and shows both sides streaming', () => {
    const state = run([
      { type: 'start', question: 'Q' },
      { type: 'delta', requestId: 'a1', delta: 'Low ' },
      { type: 'started', started },
      { type: 'delta', requestId: 'b1', delta: 'Potassium ' },
      { type: 'delta', requestId: 'a1', delta: 'potassium' },
    ]);
    expect(state.phase).toBe('running');
    expect(state.engine).toEqual(started.engine);
    expect(sideView(state, 'adapter')).toMatchObject({
      streaming: true,
      answer: { text: 'Low potassium', done: null },
    });
    expect(sideView(state, 'base')).toMatchObject({ streaming: true, answer: { text: 'Potassium ' } });
  });

  it('is finished only when both sides are done; the done text is authoritative', () => {
    const one = run([{ type: 'start', question: 'Q' }, { type: 'started', started }, done('b1', 'base', 'B.')]);
    expect(one.phase).toBe('running');
    expect(sideView(one, 'base').streaming).toBe(false);
    const both = run(
      [{ type: 'delta', requestId: 'a1', delta: 'partial' }, done('a1', 'adapter', 'A whole.', 'stopped')],
      one,
    );
    expect(both.phase).toBe('finished');
    expect(sideView(both, 'adapter').answer).toMatchObject({ text: 'A whole.', done: { status: 'stopped' } });
  });

  it('ignores events of an earlier comparison once a new one is known', () => {
    const state = run([
      { type: 'start', question: 'Q2' },
      { type: 'delta', requestId: 'old', delta: 'stale' },
      { type: 'started', started },
      { type: 'delta', requestId: 'old', delta: 'more stale' },
      done('old', 'base', 'stale'),
    ]);
    expect(state.answers).not.toHaveProperty('old');
    expect(Object.keys(state.answers).sort()).toEqual(['a1', 'b1']);
  });

  it('a new comparison forgets who answered the last one until its own start reply', () => {
    const remote = { kind: 'remote' as const, serverId: 'srv-1', name: 'Anatomy lab' };
    const first = run([
      { type: 'start', question: 'Q' },
      { type: 'started', started: { ...started, engine: remote } },
    ]);
    expect(first.engine).toEqual(remote);
    const next = run([{ type: 'start', question: 'Q2' }], first);
    expect(next.engine).toBeNull();
    expect(run([{ type: 'started', started }], next).engine).toEqual(started.engine);
  });

  it('a failed start goes back to idle with the reason', () => {
    const state = run([
      { type: 'start', question: 'Q' },
      { type: 'startFailed', error: 'No LoRA adapter is loaded' },
    ]);
    expect(state).toMatchObject({ phase: 'idle', error: 'No LoRA adapter is loaded', sides: null });
    expect(sideView(state, 'base').streaming).toBe(false);
  });
});
