// Pure rules of the thread calibration: which counts to try on a machine, and which to keep.
import type { ThreadSample } from '../../../preload/contract/thread-calibration';

/** Counts within this share of the fastest are "as fast": the fewest of them wins (less contention). */
export const SAME_SPEED_TOLERANCE = 0.03;

/** At most this many candidates, so calibrating stays a few seconds on big machines too. */
const MAX_CANDIDATES = 8;

/**
 * Thread counts worth measuring on `cores` cores: every count up to 4; beyond, 1, 2, 4 and then
 * evenly spaced even counts up to the number of cores (which is always included).
 */
export function candidateThreadCounts(cores: number): number[] {
  if (!Number.isInteger(cores) || cores < 1) throw new RangeError(`cores must be a positive integer, got ${cores}`);
  if (cores <= 4) return Array.from({ length: cores }, (_, index) => index + 1);
  const counts = new Set<number>([1, 2, 4]);
  const room = MAX_CANDIDATES - counts.size - 1; // the top count is added last
  const step = Math.max(2, 2 * Math.ceil((cores - 4) / (2 * (room + 1))));
  for (let count = 4 + step; count < cores && counts.size < MAX_CANDIDATES - 1; count += step) counts.add(count);
  counts.add(cores);
  return [...counts].sort((a, b) => a - b);
}

/** The fewest threads whose speed (by `speedOf`) is within the tolerance of the fastest. */
export function fastestWithFewestThreads(
  samples: readonly ThreadSample[],
  speedOf: (sample: ThreadSample) => number,
  tolerance = SAME_SPEED_TOLERANCE,
): number {
  if (samples.length === 0) throw new RangeError('No calibration samples to choose from.');
  const best = Math.max(...samples.map(speedOf));
  const good = samples.filter((sample) => speedOf(sample) >= best * (1 - tolerance));
  return Math.min(...good.map((sample) => sample.threads));
}

/** The generation and prompt thread counts the samples favour. */
export function chooseThreadCounts(samples: readonly ThreadSample[]): {
  generationThreads: number;
  promptThreads: number;
} {
  return {
    generationThreads: fastestWithFewestThreads(samples, (sample) => sample.generationTokensPerSecond),
    promptThreads: fastestWithFewestThreads(samples, (sample) => sample.promptTokensPerSecond),
  };
}
