// LoRA per context through the forked host: answers with the adapter off / on / at scale 0 match a
// plain in-process node-llama-cpp evaluation, two settings stream at once, and the model is loaded once.
import { getLlama, LlamaChatSession, type Llama, type LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateRequest, ModelHostClient, ModelInfo } from '../../../main/services/model-host';
import { createChatWrapper } from '../../../main/services/prompt-profiles/chat-wrapper-factory';
import type { ProfileId } from '../../../main/services/prompt-profiles';
import { sequencesFor } from '../../../main/services/model-host/session-pool';
import { ask, forkedClient, tinyModel } from './support';

const QUESTION = 'What is hypokalemia?';
const TOKENS = 12;

let client: ModelHostClient;
let info: ModelInfo;
let llama: Llama;
let model: LlamaModel;
let loraPath: string;

beforeAll(async () => {
  const fixture = await tinyModel();
  loraPath = fixture.loraPath;
  client = forkedClient();
  info = await client.load({ modelPath: fixture.modelPath, loraPath, loraScale: 1, gpuLayers: 'auto' });
  llama = await getLlama({ gpu: false, build: 'never' });
  model = await llama.loadModel({ modelPath: fixture.modelPath });
});

afterAll(async () => {
  await client?.dispose();
  await model?.dispose();
  await llama?.dispose();
});

/** Greedy answer from the host with the given LoRA setting (undefined = the load default). */
function hostAnswer(lora: GenerateRequest['lora'], sessionKey: string, profile: ProfileId = 'adapter') {
  const request = ask(sessionKey, QUESTION, { profile, maxTokens: TOKENS });
  return client.generate({ ...request, lora, sampling: { ...request.sampling, temperature: 0 } });
}

/** The same greedy answer from a plain in-process context shaped like the host's. */
async function referenceAnswer(scale: number | null, profile: ProfileId = 'adapter'): Promise<string> {
  const context = await model.createContext({
    sequences: 1,
    contextSize: info.contextSize,
    threads: 1,
    lora: scale === null ? undefined : { adapters: [{ filePath: loraPath, scale }] },
  });
  try {
    const session = new LlamaChatSession({
      contextSequence: context.getSequence(),
      chatWrapper: createChatWrapper(profile, model).wrapper,
    });
    const text = await session.prompt(QUESTION, { maxTokens: TOKENS, temperature: 0 });
    return text.trimStart();
  } finally {
    await context.dispose();
  }
}

describe('model host: LoRA per context', () => {
  it('adapter off answers like the base model, on like base + LoRA, and the two differ', async () => {
    const off = await hostAnswer(null, 'conversation-a');
    const on = await hostAnswer({ scale: 1 }, 'conversation-b');
    const byDefault = await hostAnswer(undefined, 'conversation-c');

    expect(off.text).toBe(await referenceAnswer(null));
    expect(on.text).toBe(await referenceAnswer(1));
    expect(off.text).not.toBe(on.text);
    expect(byDefault.text).toBe(on.text); // no choice = the adapter at its load scale
    expect(off.tokens).toBe(TOKENS);
  });

  it('scale 0 answers exactly like the adapter off', async () => {
    const off = await hostAnswer(null, 'zero-off', 'template');
    const zero = await hostAnswer({ scale: 0 }, 'zero-on', 'template');
    expect(zero.text).toBe(off.text);
    expect(zero.profile).toBe('template');
  });

  it('keeps one model in memory for every LoRA setting, each with its own one-sequence contexts', async () => {
    const stats = await client.stats();
    expect(stats.modelLoads).toBe(1);
    const settings = stats.contexts.map((context) => context.lora).sort();
    expect(settings).toEqual([0, 1, null]);
    for (const context of stats.contexts) {
      expect(context.sequences).toBeGreaterThanOrEqual(1);
      expect(context.sequences).toBeLessThanOrEqual(sequencesFor(3));
      expect(context.contextSize).toBe(info.contextSize);
    }
  });

  it('streams two LoRA settings at the same time (interleaved deltas), still from one model load', async () => {
    const order: string[] = [];
    const long = (lora: GenerateRequest['lora'], key: string) => ({
      ...ask(key, 'Explain the causes of anemia.', { maxTokens: 60 }),
      lora,
      scratch: true,
    });
    const [base, adapted] = await Promise.all([
      client.generate(long(null, 'compare:base'), { onDelta: () => order.push('base') }),
      client.generate(long({ scale: 1 }, 'compare:adapter'), { onDelta: () => order.push('adapter') }),
    ]);
    expect(base.tokens).toBeGreaterThan(20);
    expect(adapted.tokens).toBeGreaterThan(20);
    // Both sides stream before either finishes: the token order switches sides again and again.
    const switches = order.filter((side, index) => index > 0 && side !== order[index - 1]).length;
    expect(switches).toBeGreaterThan(4);
    expect((await client.stats()).modelLoads).toBe(1);
  });

  it("one-off (scratch) answers leave the conversations' cached sessions alone", async () => {
    const longQuestion = Array.from({ length: 10 }, () => 'low potassium with muscle weakness and cramps').join(
      ' and ',
    );
    const first: Record<string, number> = {};
    const texts: Record<string, string> = {};
    // Fill all three conversation slots of the adapter context; kv-1 is then the least recently used.
    for (const key of ['kv-1', 'kv-2', 'kv-3']) {
      const result = await client.generate({ ...ask(key, longQuestion, { maxTokens: 4 }), lora: { scale: 1 } });
      first[key] = result.evaluatedTokens;
      texts[key] = result.text;
    }
    for (const key of ['compare:adapter', 'compare:other']) {
      await client.generate({ ...ask(key, QUESTION, { maxTokens: 4 }), lora: { scale: 1 }, scratch: true });
    }
    const history = [
      { role: 'user' as const, text: longQuestion },
      { role: 'assistant' as const, text: texts['kv-1'] ?? '' },
    ];
    const second = await client.generate({ ...ask('kv-1', 'Why?', { history, maxTokens: 2 }), lora: { scale: 1 } });
    expect(first['kv-1']).toBeGreaterThan(100);
    // Only the new turn was evaluated: kv-1's KV cache survived both one-off answers.
    expect(second.evaluatedTokens).toBeLessThan((first['kv-1'] ?? 0) / 2);
  });

  it('evicts the least recently used idle setting beyond three, and rebuilds it on demand', async () => {
    // Use order so far: 0, then null and 1 (streamed together): scale 0 is the least recently used.
    await hostAnswer({ scale: 0.5 }, 'conversation-d');
    const after = await client.stats();
    expect(after.contexts.map((context) => context.lora).sort()).toEqual([0.5, 1, null]);
    const rebuilt = await hostAnswer({ scale: 0 }, 'zero-on', 'template');
    expect(rebuilt.text).toBe((await hostAnswer(null, 'zero-off', 'template')).text);
    const stats = await client.stats();
    expect(stats.contexts).toHaveLength(3);
    expect(stats.modelLoads).toBe(1);
  });

  it('refuses an adapter answer when no adapter is loaded, and keeps working', async () => {
    const fixture = await tinyModel();
    const plain = forkedClient();
    try {
      await plain.load({ modelPath: fixture.modelPath, gpuLayers: 'off' });
      await expect(plain.generate({ ...ask('x', QUESTION), lora: { scale: 1 } })).rejects.toThrow(
        /No LoRA adapter is loaded/,
      );
      const base = await plain.generate(ask('x', QUESTION, { maxTokens: 4 }));
      expect(base.tokens).toBeGreaterThan(0);
    } finally {
      await plain.dispose();
    }
  });
});

describe('model host: GPU information and fallback', () => {
  it('reports the CPU backend with no GPU devices and no VRAM on this machine', () => {
    expect(info).toMatchObject({ backend: 'cpu', gpuDeviceNames: [], vramTotalBytes: null, gpuFallback: null });
    expect(info.gpuLayers).toBe(0);
    expect(info.contextSize).toBeGreaterThanOrEqual(512);
    expect(info.contextSize).toBeLessThanOrEqual(info.trainContextSize);
  });

  it('falls back to the CPU with a notice when the GPU fails to start, and still answers', async () => {
    const fixture = await tinyModel();
    const failing = forkedClient({ faults: true, env: { MEA_SIMULATE_GPU_FAILURE: 'init' } });
    try {
      const loaded = await failing.load({ modelPath: fixture.modelPath, gpuLayers: 'auto' });
      expect(loaded.backend).toBe('cpu');
      expect(loaded.gpuFallback).toMatch(/GPU initialisation failed \(simulated GPU initialisation failure\)/);
      expect(loaded.gpuFallback).toMatch(/running on the CPU/);
      const answer = await failing.generate(ask('gpu', QUESTION, { maxTokens: 4 }));
      expect(answer.tokens).toBeGreaterThan(0);
    } finally {
      await failing.dispose();
    }
  });
});
