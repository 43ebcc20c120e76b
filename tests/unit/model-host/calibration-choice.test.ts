// The calibration's pure rules: candidate thread counts per machine size, and the choice among samples.
import { describe, expect, it } from 'vitest';
import {
  candidateThreadCounts,
  chooseThreadCounts,
  fastestWithFewestThreads,
} from '../../../main/services/model-host/calibration-choice';
import type { ThreadSample } from '../../../preload/contract/thread-calibration';

const sample = (threads: number, generation: number, prompt = generation * 10): ThreadSample => ({
  threads,
  generationTokensPerSecond: generation,
  promptTokensPerSecond: prompt,
});

describe('candidateThreadCounts', () => {
  it('tries every count up to 4 cores', () => {
    expect(candidateThreadCounts(1)).toEqual([1]);
    expect(candidateThreadCounts(2)).toEqual([1, 2]);
    expect(candidateThreadCounts(4)).toEqual([1, 2, 3, 4]);
  });

  it('tries fewer, spread counts on big machines, always ending at the core count', () => {
    expect(candidateThreadCounts(8)).toEqual([1, 2, 4, 6, 8]);
    expect(candidateThreadCounts(16)).toEqual([1, 2, 4, 8, 12, 16]);
    expect(candidateThreadCounts(12)).toEqual([1, 2, 4, 6, 8, 10, 12]);
    for (const cores of [5, 12, 24, 64, 128]) {
      const counts = candidateThreadCounts(cores);
      expect(counts.length).toBeLessThanOrEqual(8);
      expect(counts.slice(0, 2)).toEqual([1, 2]);
      expect(counts.at(-1)).toBe(cores);
      expect([...counts].sort((a, b) => a - b)).toEqual(counts);
      expect(new Set(counts).size).toBe(counts.length);
    }
  });

  it('rejects a core count that is not a positive integer', () => {
    expect(() => candidateThreadCounts(0)).toThrow(/positive integer/);
    expect(() => candidateThreadCounts(2.5)).toThrow(/positive integer/);
  });
});

describe('choosing the thread count', () => {
  it('keeps the fastest', () => {
    expect(
      fastestWithFewestThreads([sample(1, 10), sample(2, 16), sample(3, 12)], (s) => s.generationTokensPerSecond),
    ).toBe(2);
  });

  it('prefers fewer threads within 3% of the fastest', () => {
    const samples = [sample(1, 10), sample(2, 19.5), sample(4, 20)];
    expect(fastestWithFewestThreads(samples, (s) => s.generationTokensPerSecond)).toBe(2);
    // 5% slower is not "as fast"
    expect(fastestWithFewestThreads([sample(2, 19), sample(4, 20)], (s) => s.generationTokensPerSecond)).toBe(4);
  });

  it('is independent of the samples order', () => {
    const samples = [sample(4, 20), sample(1, 10), sample(2, 19.9)];
    expect(chooseThreadCounts(samples).generationThreads).toBe(2);
    expect(chooseThreadCounts([...samples].reverse()).generationThreads).toBe(2);
  });

  it('chooses prompt and generation counts separately', () => {
    const samples = [sample(1, 12, 100), sample(2, 10, 180)];
    expect(chooseThreadCounts(samples)).toEqual({ generationThreads: 1, promptThreads: 2 });
  });

  it('refuses an empty list', () => {
    expect(() => chooseThreadCounts([])).toThrow(/No calibration samples/);
  });
});
