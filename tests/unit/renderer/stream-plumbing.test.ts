// Early-event holding (events before the send reply) and per-frame delta batching.
import { describe, expect, it } from 'vitest';
import { createDeltaBatcher } from '../../../renderer/src/features/chat/state/deltaBatcher';
import { createStreamRouter, type StreamEvent } from '../../../renderer/src/features/chat/state/streamRouter';
import { message } from './fixtures';

const delta = (requestId: string, text: string): StreamEvent => ({
  kind: 'delta',
  payload: { requestId, delta: text },
});

describe('stream router', () => {
  it('renderer.router.holds-early: events before the reply are held, then replayed for that request only', () => {
    const router = createStreamRouter();
    router.beginStart();
    expect(router.route(delta('req-1', 'Hel'))).toBe('hold');
    expect(router.route(delta('zzz', 'noise'))).toBe('hold');
    const replay = router.endStart('req-1');
    expect(replay).toEqual([delta('req-1', 'Hel')]);
    expect(router.activeRequestId()).toBe('req-1');
    expect(router.route(delta('req-1', 'lo'))).toBe('apply');
  });

  it('renderer.router.failed-start: a failed start drops held events and holds nothing afterwards', () => {
    const router = createStreamRouter();
    router.beginStart();
    router.route(delta('req-1', 'x'));
    expect(router.endStart(null)).toEqual([]);
    expect(router.route(delta('req-1', 'y'))).toBe('apply'); // the reducer ignores it
    router.beginStart();
    expect(router.endStart('req-2')).toEqual([]);
  });

  it('renderer.router.early-done: a done that beats the reply is replayed too', () => {
    const router = createStreamRouter();
    router.beginStart();
    const done: StreamEvent = {
      kind: 'done',
      payload: { requestId: 'req-3', conversationId: 1, message: message({ id: 5, status: 'failed' }), stats: null },
    };
    router.route(done);
    expect(router.endStart('req-3')).toEqual([done]);
    router.finish('req-3');
    expect(router.activeRequestId()).toBeNull();
  });
});

describe('delta batcher', () => {
  function manualScheduler() {
    const queue: Array<() => void> = [];
    return {
      schedule: (cb: () => void) => {
        queue.push(cb);
        return () => queue.splice(queue.indexOf(cb), 1);
      },
      runFrame: () => queue.splice(0).forEach((cb) => cb()),
      pending: () => queue.length,
    };
  }

  it('renderer.batcher.one-per-frame: many deltas become one update per request per frame', () => {
    const frames = manualScheduler();
    const emitted: Array<[string, string]> = [];
    const batcher = createDeltaBatcher(frames.schedule, (id, text) => emitted.push([id, text]));
    for (const t of ['a', 'b', 'c']) batcher.push('r1', t);
    batcher.push('r2', 'z');
    expect(frames.pending()).toBe(1);
    expect(emitted).toEqual([]);
    frames.runFrame();
    expect(emitted).toEqual([
      ['r1', 'abc'],
      ['r2', 'z'],
    ]);
  });

  it('renderer.batcher.flush: flush emits at once and cancels the frame; dispose drops pending text', () => {
    const frames = manualScheduler();
    const emitted: string[] = [];
    const batcher = createDeltaBatcher(frames.schedule, (_id, text) => emitted.push(text));
    batcher.push('r1', 'x');
    batcher.flush();
    expect(emitted).toEqual(['x']);
    expect(frames.pending()).toBe(0);
    batcher.push('r1', 'y');
    batcher.dispose();
    frames.runFrame();
    expect(emitted).toEqual(['x']);
  });
});
