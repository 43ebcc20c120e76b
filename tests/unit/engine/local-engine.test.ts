// LocalEngine passes requests to the model host client unchanged and reads health and info from its status.
import { describe, expect, it } from 'vitest';
import { LocalEngine, type LocalEngineHost } from '../../../main/services/engine';
import type { HostStatus } from '../../../main/services/model-host';
import type { GenerateRequest, GenerateResult } from '../../../main/services/model-host';

const request: GenerateRequest = {
  requestId: 'r1',
  sessionKey: 'c1',
  history: [],
  prompt: 'What is the normal resting heart rate?',
  profile: 'adapter',
  sampling: { temperature: 0, topP: 1, maxTokens: 16 },
  lora: { scale: 0.5 },
};

const result: GenerateResult = {
  text: 'About 60 to 100 beats per minute.',
  stopReason: 'stopTrigger',
  tokens: 9,
  evaluatedTokens: 20,
  tokensPerSecond: 30,
  timeToFirstTokenMs: 12,
  profile: 'adapter',
};

const modelInfo = {
  modelName: 'tiny-gemma',
  architecture: 'gemma',
  backend: 'cpu' as const,
  gpuLayers: 0,
  totalLayers: 2,
  threads: 2,
  contextSize: 512,
  hasChatTemplate: false,
  loraPath: '/models/medical.gguf',
  gpuDeviceNames: [],
  vramTotalBytes: null,
  vramUsedBytes: null,
  gpuFallback: null,
  trainContextSize: 512,
};

class FakeHost implements LocalEngineHost {
  status: HostStatus = { state: 'ready', modelInfo };
  calls: unknown[] = [];

  generate: LocalEngineHost['generate'] = async (req, options) => {
    this.calls.push(['generate', req, options]);
    options?.onDelta?.(result.text);
    return result;
  };

  tokenize: LocalEngineHost['tokenize'] = async (text, options) => {
    this.calls.push(['tokenize', text, options]);
    return [2, 5, 7];
  };

  getStatus(): HostStatus {
    return this.status;
  }
}

describe('LocalEngine', () => {
  it('passes generate and its options to the host unchanged', async () => {
    const host = new FakeHost();
    const engine = new LocalEngine({ host });
    const signal = new AbortController().signal;
    const deltas: string[] = [];
    await expect(engine.generate(request, { signal, onDelta: (text) => deltas.push(text) })).resolves.toEqual(result);
    expect(host.calls[0]).toEqual(['generate', request, expect.objectContaining({ signal })]);
    expect(deltas).toEqual([result.text]);
  });

  it('tokenizes through the host', async () => {
    const host = new FakeHost();
    await expect(new LocalEngine({ host }).tokenize('fever', { bos: true })).resolves.toEqual([2, 5, 7]);
    expect(host.calls).toEqual([['tokenize', 'fever', { bos: true }]]);
  });

  it('describes the loaded model and its adapter', () => {
    const host = new FakeHost();
    expect(new LocalEngine({ host }).describe()).toEqual({
      kind: 'local',
      name: 'This computer',
      modelName: 'tiny-gemma',
      adapter: { mode: 'local-lora', name: '/models/medical.gguf', scalable: true },
    });
    host.status = { state: 'idle' };
    expect(new LocalEngine({ host, name: 'Laptop' }).describe()).toEqual({
      kind: 'local',
      name: 'Laptop',
      modelName: null,
      adapter: { mode: 'none', name: null, scalable: false },
    });
  });

  it('reports health from the host status', async () => {
    const host = new FakeHost();
    const engine = new LocalEngine({ host });
    await expect(engine.health()).resolves.toEqual({ ok: true, status: 'ready', message: null });
    host.status = { state: 'generating', modelInfo };
    await expect(engine.health()).resolves.toMatchObject({ ok: true });
    host.status = { state: 'loading', message: 'Loading tiny.gguf' };
    await expect(engine.health()).resolves.toEqual({ ok: false, status: 'loading', message: 'Loading tiny.gguf' });
    host.status = { state: 'idle' };
    await expect(engine.health()).resolves.toEqual({
      ok: false,
      status: 'unavailable',
      message: 'No model is loaded.',
    });
    host.status = { state: 'unavailable', lastError: 'The model host crashed 3 times.' };
    await expect(engine.health()).resolves.toEqual({
      ok: false,
      status: 'unavailable',
      message: 'The model host crashed 3 times.',
    });
  });
});
