// "Lower memory use" decided from the model file's size and the computer's memory (figures injected).
import { describe, expect, it } from 'vitest';
import { planMemory, plannedResidentBytes } from '../../../main/services/model/memory-plan';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const tinyLlama = 1.09 * GIB;

describe('planMemory', () => {
  it('estimates 2.2× the file mapped and 1.3× read into memory (bench/model-memory.ts)', () => {
    const plan = planMemory('auto', { fileBytes: GIB, freeBytes: 16 * GIB, totalBytes: 16 * GIB });
    expect(plan.mappedBytes).toBe(Math.round(2.2 * GIB));
    expect(plan.readBytes).toBe(Math.round(1.3 * GIB));
  });

  it('auto maps the file when the mapped estimate and the margin fit in free memory', () => {
    const plan = planMemory('auto', { fileBytes: tinyLlama, freeBytes: 6 * GIB, totalBytes: 8 * GIB });
    expect(plan).toMatchObject({ choice: 'auto', lowMemory: false, autoLowMemory: false });
  });

  it('auto reads the file into memory when free memory is tight', () => {
    const plan = planMemory('auto', { fileBytes: tinyLlama, freeBytes: 2.1 * GIB, totalBytes: 8 * GIB });
    expect(plan).toMatchObject({ lowMemory: true, autoLowMemory: true, freeBytes: Math.round(2.1 * GIB) });
  });

  it('keeps a margin of 10% of RAM, at least 512 MiB', () => {
    const mapped = Math.round(2.2 * GIB);
    const small = (freeBytes: number) =>
      planMemory('auto', { fileBytes: GIB, freeBytes, totalBytes: 4 * GIB }).lowMemory;
    expect(small(mapped + 512 * MIB)).toBe(false);
    expect(small(mapped + 511 * MIB)).toBe(true);
    const big = (freeBytes: number) =>
      planMemory('auto', { fileBytes: GIB, freeBytes, totalBytes: 64 * GIB }).lowMemory;
    expect(big(mapped + 6.4 * GIB)).toBe(false);
    expect(big(mapped + 6.3 * GIB)).toBe(true);
  });

  it('counts the memory of the model being replaced as free', () => {
    const figures = { fileBytes: tinyLlama, freeBytes: 1 * GIB, totalBytes: 8 * GIB };
    expect(planMemory('auto', figures).lowMemory).toBe(true);
    expect(planMemory('auto', { ...figures, releasedBytes: 2.4 * GIB }).lowMemory).toBe(false);
  });

  it("keeps the student's own choice whatever the figures", () => {
    const tight = { fileBytes: tinyLlama, freeBytes: GIB, totalBytes: 4 * GIB };
    const roomy = { fileBytes: tinyLlama, freeBytes: 60 * GIB, totalBytes: 64 * GIB };
    expect(planMemory('off', tight)).toMatchObject({ lowMemory: false, autoLowMemory: true });
    expect(planMemory('on', roomy)).toMatchObject({ lowMemory: true, autoLowMemory: false });
  });

  it('gives the resident estimate of the mode it chose', () => {
    const figures = { fileBytes: GIB, freeBytes: GIB, totalBytes: 4 * GIB };
    expect(plannedResidentBytes(planMemory('on', figures))).toBe(Math.round(1.3 * GIB));
    expect(plannedResidentBytes(planMemory('off', figures))).toBe(Math.round(2.2 * GIB));
  });
});
