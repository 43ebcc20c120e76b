// Decides "Lower memory use" (load the model without mapping the file) from the model file's size and the
// computer's memory. Pure: the figures are passed in, so the rule is tested with any machine's numbers.
//
// The rule, from bench/model-memory.ts on the TinyLlama-shaped model (docs/performance.md): on CPUs where
// llama.cpp repacks the weights for its SIMD kernels (AVX2/AVX-512, ARM), the mapped file stays resident next
// to the repacked copy, so the host holds about 2.2× the file (2.16× Q8_0, 2.17× Q4_K_M, context included);
// read into memory instead, about 1.3× (1.29×, 1.32×). Which CPUs repack is not known before the load, so
// the mapped figure assumes they do: a machine that does not repack only loses a few percent of prompt speed.
// 'auto' reads the file into memory when the mapped estimate plus a margin for the rest of the app and the
// system (10% of RAM, at least 512 MiB) does not fit in the memory free now.
import type { LowMemoryChoice, MemoryPlan } from '../../../preload/contract/memory-plan';

const MIB = 1024 * 1024;
/** Resident memory per byte of model file, mapped (with the repacked copy) and read into memory. */
export const MAPPED_FACTOR = 2.2;
export const READ_FACTOR = 1.3;
const MIN_MARGIN = 512 * MIB;
const MARGIN_SHARE = 0.1;

export interface MemoryFigures {
  fileBytes: number;
  /** os.freemem(): libuv reads MemAvailable on Linux (page cache that can be dropped counts as free). */
  freeBytes: number;
  totalBytes: number;
  /**
   * Memory the host holds now for a model it will unload before this load (a reload); counted as free.
   * 0 when nothing is loaded.
   */
  releasedBytes?: number;
}

export function planMemory(choice: LowMemoryChoice, figures: MemoryFigures): MemoryPlan {
  const fileBytes = Math.max(0, Math.round(figures.fileBytes));
  const mappedBytes = Math.round(fileBytes * MAPPED_FACTOR);
  const readBytes = Math.round(fileBytes * READ_FACTOR);
  const totalBytes = Math.max(0, Math.round(figures.totalBytes));
  const freeBytes = Math.min(totalBytes, Math.max(0, Math.round(figures.freeBytes + (figures.releasedBytes ?? 0))));
  const margin = Math.max(MIN_MARGIN, totalBytes * MARGIN_SHARE);
  const autoLowMemory = mappedBytes + margin > freeBytes;
  const lowMemory = choice === 'on' || (choice === 'auto' && autoLowMemory);
  return { choice, lowMemory, autoLowMemory, fileBytes, mappedBytes, readBytes, freeBytes, totalBytes };
}

/** Estimated resident memory of a model loaded with this plan (what a reload gives back). */
export function plannedResidentBytes(plan: MemoryPlan): number {
  return plan.lowMemory ? plan.readBytes : plan.mappedBytes;
}
