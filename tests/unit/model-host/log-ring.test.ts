import { describe, expect, it } from 'vitest';
import { LogRing } from '../../../main/services/model-host/log-ring';

describe('LogRing', () => {
  it('keeps only the newest lines, split and trimmed', () => {
    const ring = new LogRing(3);
    ring.push('a\nb\n');
    ring.push('  ');
    ring.push('c  ');
    ring.push('d');
    expect(ring.tail()).toEqual(['b', 'c', 'd']);
    expect(ring.tail(2)).toEqual(['c', 'd']);
    expect(ring.tail(0)).toEqual([]);
  });

  it('returns the lines logged since a mark, even after the ring wrapped', () => {
    const ring = new LogRing(3);
    ring.push('old');
    const mark = ring.mark();
    expect(ring.since(mark)).toEqual([]);
    ring.push('x');
    ring.push('y');
    expect(ring.since(mark)).toEqual(['x', 'y']);
    for (const line of ['1', '2', '3', '4']) ring.push(line);
    expect(ring.since(mark)).toEqual(['2', '3', '4']);
  });
});
