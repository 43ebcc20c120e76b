// Interval labels shown on the rating buttons.
import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../../main/services/review';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('formatInterval', () => {
  it.each([
    [0, '<1m'],
    [59_000, '<1m'],
    [MIN, '1m'],
    [10 * MIN, '10m'],
    [90 * MIN, '2h'],
    [DAY, '1d'],
    [4 * DAY + 3 * 60 * MIN, '4d'],
    [60 * DAY, '2mo'],
    [365 * DAY, '1y'],
    [548 * DAY, '1.5y'],
  ])('%i ms reads %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it('treats a negative or non-finite span as due now', () => {
    expect(formatInterval(-5 * MIN)).toBe('<1m');
    expect(formatInterval(Number.NaN)).toBe('<1m');
  });
});
