// Throttled saving: bounded write rate, nothing dropped (delta coalescing: tests/unit/streaming).
import { describe, expect, it } from 'vitest';
import { ThrottledSaver } from '../../../main/services/chat/throttled-saver';

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
