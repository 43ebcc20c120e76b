// GPU fallbacks: 'auto' offload retried on the CPU with a notice, and a GPU backend that fails to
// start replaced by the CPU one. This machine has no GPU, so failures are injected with fakes.
import { describe, expect, it, vi } from 'vitest';
import type { Llama, LlamaOptions } from 'node-llama-cpp';
import { loadWithGpuFallback } from '../../../main/services/model-host/gpu-fallback';
import { LlamaRuntime } from '../../../main/services/model-host/llama-runtime';
import { LogRing } from '../../../main/services/model-host/log-ring';

describe('loadWithGpuFallback', () => {
  it("'auto' on a GPU backend retries with every layer on the CPU and says why", async () => {
    const attempts: ('auto' | number)[] = [];
    const result = await loadWithGpuFallback('auto', 'cuda', async (layers) => {
      attempts.push(layers);
      if (layers !== 0) throw new Error('CUDA error: out of memory');
      return 'loaded on CPU';
    });
    expect(attempts).toEqual(['auto', 0]);
    expect(result.value).toBe('loaded on CPU');
    expect(result.fallback).toBe(
      'Offloading the model to the GPU (cuda) failed, so it runs on the CPU: CUDA error: out of memory',
    );
  });

  it('no notice when the GPU works; off means 0 layers', async () => {
    const attempt = vi.fn(async (layers: 'auto' | number) => layers);
    expect(await loadWithGpuFallback('auto', 'vulkan', attempt)).toEqual({ value: 'auto', fallback: null });
    expect(await loadWithGpuFallback('off', 'vulkan', attempt)).toEqual({ value: 0, fallback: null });
    expect(await loadWithGpuFallback(12, 'vulkan', attempt)).toEqual({ value: 12, fallback: null });
  });

  it('a manual layer count, or a failure on the CPU backend, fails with its own error (no silent retry)', async () => {
    const failing = vi.fn(async () => {
      throw new Error('bad tensor');
    });
    await expect(loadWithGpuFallback(20, 'cuda', failing)).rejects.toThrow('bad tensor');
    await expect(loadWithGpuFallback('auto', false, failing)).rejects.toThrow('bad tensor');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('when the CPU attempt fails too, that error is the one reported', async () => {
    await expect(
      loadWithGpuFallback('auto', 'metal', async (layers) => {
        throw new Error(layers === 0 ? 'file is truncated' : 'Metal failed');
      }),
    ).rejects.toThrow('file is truncated');
  });
});

function fakeLlama(gpu: Llama['gpu']): Llama {
  return { gpu } as unknown as Llama;
}

function runtime(getLlama: (options: LlamaOptions) => Promise<Llama>, simulateGpuInitFailure = false) {
  const logs = new LogRing(20);
  const forwarded: string[] = [];
  const rt = new LlamaRuntime({
    logs,
    onLog: (_level, message) => forwarded.push(message),
    getLlama,
    simulateGpuInitFailure,
  });
  return { rt, logs, forwarded };
}

describe('LlamaRuntime GPU start-up', () => {
  it('falls back to the CPU backend when the GPU one throws, and keeps the reason', async () => {
    const asked: LlamaOptions['gpu'][] = [];
    const { rt, forwarded } = runtime(async (options) => {
      asked.push(options.gpu);
      if (options.gpu !== false) throw new Error('libcuda.so.1: cannot open shared object file');
      return fakeLlama(false);
    });
    const llama = await rt.get();
    expect(llama.gpu).toBe(false);
    expect(asked).toEqual(['auto', false]);
    expect(rt.gpuFallback).toBe(
      'GPU initialisation failed (libcuda.so.1: cannot open shared object file); running on the CPU.',
    );
    expect(forwarded).toContain(rt.gpuFallback);
  });

  it('notices a GPU build node-llama-cpp skipped with only a console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { rt } = runtime(async () => {
        console.warn(
          '[node-llama-cpp] The prebuilt binary for CUDA is not compatible with the current system, falling back to using no GPU',
        );
        return fakeLlama(false);
      });
      await rt.get();
      expect(console.warn).toBe(warn); // the capture is undone after start-up
      expect(rt.gpuFallback).toMatch(
        /^a GPU build of llama.cpp could not be used \(.*falling back to using no GPU\); running on the CPU\.$/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('reports nothing on a machine without a GPU, where auto simply picks the CPU', async () => {
    const { rt } = runtime(async () => fakeLlama(false));
    await rt.get();
    expect(rt.gpuFallback).toBeNull();
  });

  it('the simulated failure (tests on GPU machines) takes the fallback path', async () => {
    const { rt } = runtime(async (options) => fakeLlama(options.gpu === false ? false : 'cuda'), true);
    expect((await rt.get()).gpu).toBe(false);
    expect(rt.gpuFallback).toMatch(/simulated GPU initialisation failure/);
  });
});
