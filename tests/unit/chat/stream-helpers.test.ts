// Delta coalescing and throttled saving: small batched events, bounded write rate, nothing dropped.
import { describe, expect, it, vi } from 'vitest';
import { DeltaBatcher } from '../../../main/services/chat/delta-batcher';
import { ThrottledSaver } from '../../../main/services/chat/throttled-saver';

describe('DeltaBatcher', () => {
  it('coalesces pushes within an interval and loses nothing on flush', () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const batcher = new DeltaBatcher((delta) => sent.push(delta), 16);
    batcher.push('a');
    batcher.push('b');
    vi.advanceTimersByTime(16);
    batcher.push('c');
    batcher.flush();
    batcher.flush();
    expect(sent).toEqual(['ab', 'c']);
    vi.useRealTimers();
  });
});

describe('ThrottledSaver', () => {
  it('saves at most once per interval and skips unchanged content', () => {
    let now = 1_000;
    const saved: string[] = [];
    const saver = new ThrottledSaver(
      (content) => saved.push(content),
      500,
      () => now,
    );
    saver.maybeSave('a');
    now += 100;
    saver.maybeSave('ab');
    now += 500;
    saver.maybeSave('abc');
    now += 600;
    saver.maybeSave('abc');
    expect(saved).toEqual(['a', 'abc']);
  });
});
