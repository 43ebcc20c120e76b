import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeltaCoalescer, type LeadingSend } from '../../../main/services/streaming/delta-coalescer';

describe('DeltaCoalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function coalescer(leading: LeadingSend = 'now', intervalMs = 16) {
    const sent: string[] = [];
    const c = new DeltaCoalescer((text) => sent.push(text), { intervalMs, leading, now: () => Date.now() });
    return { c, sent };
  }

  it("'now': a delta that finds the last send a frame old goes out synchronously, with no timer", () => {
    const { c, sent } = coalescer('now');
    c.push('Hyper');
    expect(sent).toEqual(['Hyper']);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(50);
    c.push('kalemia');
    expect(sent).toEqual(['Hyper', 'kalemia']);
  });

  it("'next-turn': never sends inside the caller (the host's token callback sits between two decodes)", () => {
    const { c, sent } = coalescer('next-turn');
    c.push('Hyper');
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(sent).toEqual(['Hyper']);
    vi.advanceTimersByTime(50);
    c.push('kalemia');
    vi.advanceTimersByTime(0);
    expect(sent).toEqual(['Hyper', 'kalemia']);
  });

  it('holds deltas that arrive within a frame and sends them as one when the frame is up', () => {
    const { c, sent } = coalescer('now');
    c.push('a');
    vi.advanceTimersByTime(2);
    c.push('b');
    c.push('c');
    expect(sent).toEqual(['a']);
    vi.advanceTimersByTime(13);
    expect(sent).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['a', 'bc']);
  });

  it.each<LeadingSend>(['now', 'next-turn'])(
    '%s: sends 1,000 tokens arriving at 1,000/s as about one message per frame, text intact',
    (leading) => {
      const { c, sent } = coalescer(leading);
      for (let i = 0; i < 1000; i++) {
        c.push(`${i} `);
        vi.advanceTimersByTime(1);
      }
      c.flush();
      expect(sent.join('')).toBe(Array.from({ length: 1000 }, (_, i) => `${i} `).join(''));
      expect(sent.length).toBeLessThanOrEqual(Math.ceil(1000 / 16) + 2);
    },
  );

  it('flush sends what is held and cancels the scheduled send; empty pushes send nothing', () => {
    const { c, sent } = coalescer('next-turn');
    c.push('x');
    c.push('y');
    c.push('');
    c.flush();
    expect(sent).toEqual(['xy']);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['xy']);
    c.flush();
    expect(sent).toEqual(['xy']);
  });
});
