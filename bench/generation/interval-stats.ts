// Pure statistics over per-token timestamps: rates, intervals and their distribution (stalls show).
import { median } from '../stats';

/** An interval longer than this counts as a stall in the report. */
export const STALL_MS = 50;

export interface IntervalStats {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Intervals longer than STALL_MS. */
  stalls: number;
}

/** Gaps between consecutive timestamps (ms), in order. */
export function intervalsOf(timestamps: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < timestamps.length; i++) gaps.push((timestamps[i] as number) - (timestamps[i - 1] as number));
  return gaps;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function intervalStats(intervals: readonly number[], stallMs = STALL_MS): IntervalStats {
  return {
    count: intervals.length,
    medianMs: median(intervals),
    p95Ms: percentile(intervals, 95),
    maxMs: intervals.length === 0 ? Number.NaN : Math.max(...intervals),
    stalls: intervals.filter((gap) => gap > stallMs).length,
  };
}

/**
 * Generation speed from token timestamps: tokens after the first over the time since the first,
 * so the prompt's evaluation never counts (0 when fewer than two tokens came).
 */
export function tokensPerSecondFrom(timestamps: readonly number[]): number {
  if (timestamps.length < 2) return 0;
  const span = (timestamps.at(-1) as number) - (timestamps[0] as number);
  return span > 0 ? ((timestamps.length - 1) * 1000) / span : 0;
}

/** Tokens per second of `tokens` processed in `ms` (0 when nothing was measured). */
export function rate(tokens: number, ms: number): number {
  return tokens > 0 && ms > 0 ? (tokens * 1000) / ms : 0;
}
