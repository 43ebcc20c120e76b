// 'auto' GPU offload that falls back to the CPU when offloading fails, saying why (shown to the user).
import type { GpuLayers } from './protocol';

/** False = llama.cpp runs on the CPU backend (node-llama-cpp's `llama.gpu`). */
export type GpuBackend = false | string;

export interface OffloadResult<T> {
  value: T;
  /** Why the CPU is used although 'auto' asked for the GPU; null when nothing fell back. */
  fallback: string | null;
}

/**
 * Runs `attempt` with the requested layers. Only for 'auto' on a GPU backend does a failure lead to a
 * second attempt with every layer on the CPU; an explicit layer count fails with its own error, and on
 * the CPU backend a failure has nothing to do with the GPU. `attempt` must clean up after itself.
 */
export async function loadWithGpuFallback<T>(
  requested: GpuLayers,
  backend: GpuBackend,
  attempt: (gpuLayers: 'auto' | number) => Promise<T>,
): Promise<OffloadResult<T>> {
  const layers = requested === 'off' ? 0 : requested;
  try {
    return { value: await attempt(layers), fallback: null };
  } catch (error) {
    if (requested !== 'auto' || backend === false) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const value = await attempt(0);
    return {
      value,
      fallback: `Offloading the model to the GPU (${backend}) failed, so it runs on the CPU: ${reason}`,
    };
  }
}
