import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseHostMessage } from '../../../main/services/model-host/protocol';

const generate = {
  type: 'generate',
  request: {
    requestId: 'r1',
    sessionKey: 'c1',
    history: [
      { role: 'user', text: 'q' },
      { role: 'assistant', text: 'a' },
    ],
    prompt: 'next',
    profile: 'adapter',
    sampling: { temperature: 0.7, topP: 0.9, maxTokens: 256 },
  },
};

describe('client messages', () => {
  it('accepts every well-formed message', () => {
    const messages = [
      { type: 'load', requestId: 'l1', config: { modelPath: '/m.gguf', gpuLayers: 'auto' } },
      {
        type: 'load',
        requestId: 'l2',
        config: { modelPath: '/m.gguf', loraPath: null, loraScale: 0.5, gpuLayers: 12, threads: 2, contextSize: 1024 },
      },
      { type: 'load', requestId: 'l3', config: { modelPath: '/m.gguf', gpuLayers: 'off' } },
      { type: 'unload', requestId: 'u1' },
      generate,
      { ...generate, request: { ...generate.request, lora: null, scratch: true } },
      { ...generate, request: { ...generate.request, lora: { scale: 0.5 } } },
      { type: 'stats', requestId: 's1' },
      { type: 'abort', requestId: 'r1' },
      { type: 'ping', nonce: 3 },
      { type: 'fault', kind: 'segv' },
      { type: 'tokenize', request: { requestId: 't1', text: 'What is DKA?', bos: true } },
      { type: 'score', request: { requestId: 'p1', tokens: [1, 42, 7], lora: null } },
      { type: 'score', request: { requestId: 'p2', tokens: [1, 42], lora: { scale: 1 } } },
    ];
    for (const message of messages) expect(parseClientMessage(message)).toMatchObject({ ok: true, message });
  });

  it('rejects malformed messages with a readable reason', () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'launch' }, /type/],
      [{ type: 'load', requestId: 'l1', config: { modelPath: '', gpuLayers: 'auto' } }, /modelPath/],
      [{ type: 'load', requestId: 'l1', config: { modelPath: '/m.gguf', gpuLayers: 'max' } }, /gpuLayers/],
      [{ ...generate, request: { ...generate.request, profile: 'chatml' } }, /profile/],
      [{ ...generate, request: { ...generate.request, history: [{ role: 'system', text: 'x' }] } }, /role/],
      [
        { ...generate, request: { ...generate.request, sampling: { temperature: 0.7, topP: 0, maxTokens: 5 } } },
        /topP/,
      ],
      [{ type: 'fault', kind: 'oom' }, /kind/],
      [{ ...generate, request: { ...generate.request, lora: { scale: -1 } } }, /scale/],
      [{ ...generate, request: { ...generate.request, lora: 1 } }, /lora/],
      ['ping', /object/i],
      [{ type: 'score', request: { requestId: 'p1', tokens: [1], lora: null } }, /tokens/],
      [{ type: 'score', request: { requestId: 'p1', tokens: [1, -2], lora: null } }, /tokens/],
      [{ type: 'score', request: { requestId: 'p1', tokens: [1, 2.5], lora: null } }, /tokens/],
      [{ type: 'tokenize', request: { requestId: 't1', text: 'x' } }, /bos/],
    ];
    for (const [raw, reason] of cases) {
      const parsed = parseClientMessage(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(reason);
    }
  });
});

describe('host messages', () => {
  const info = {
    modelName: 'Tiny',
    architecture: 'llama',
    backend: 'cpu',
    gpuLayers: 0,
    totalLayers: 3,
    threads: 2,
    contextSize: 2048,
    hasChatTemplate: true,
    loraPath: null,
    gpuDeviceNames: ['NVIDIA GeForce RTX 4060'],
    vramTotalBytes: 8e9,
    vramUsedBytes: 1.2e9,
    gpuFallback: null,
    trainContextSize: 2048,
  };
  const result = {
    text: 'Low potassium.',
    stopReason: 'stopTrigger',
    tokens: 5,
    evaluatedTokens: 40,
    tokensPerSecond: 12.5,
    timeToFirstTokenMs: 80,
    profile: 'adapter',
  };

  it('accepts every well-formed message', () => {
    const messages = [
      { type: 'ready', pid: 42 },
      { type: 'loaded', requestId: 'l1', info },
      { type: 'unloaded', requestId: 'u1' },
      { type: 'delta', requestId: 'r1', text: 'Low' },
      { type: 'done', requestId: 'r1', result },
      { type: 'done', requestId: 'r1', result: { ...result, timeToFirstTokenMs: null, stopReason: 'abort' } },
      { type: 'error', code: 'INTERNAL', message: 'boom' },
      { type: 'error', requestId: 'l1', code: 'LOAD_FAILED', message: 'bad file', log: ['[llama.cpp error] x'] },
      { type: 'log', level: 'warn', message: 'careful' },
      { type: 'pong', nonce: 3 },
      { type: 'info', info },
      {
        type: 'stats',
        requestId: 's1',
        stats: {
          modelLoads: 1,
          contexts: [{ lora: null, contextSize: 2048, sequences: 4, liveSessions: 1, contextsWaitedFor: 0 }],
          rssBytes: 9e7,
        },
      },
      { type: 'tokens', requestId: 't1', tokens: [1, 42] },
      { type: 'scored', requestId: 'p1', logProbs: [-0.5, -12, 0], seconds: 0.2 },
      { type: 'error', requestId: 'p1', code: 'SCORE_FAILED', message: 'too long' },
    ];
    for (const message of messages) expect(parseHostMessage(message)).toMatchObject({ ok: true, message });
  });

  it('rejects results and infos that break the contract', () => {
    expect(parseHostMessage({ type: 'done', requestId: 'r1', result: { ...result, stopReason: 'length' } }).ok).toBe(
      false,
    );
    expect(parseHostMessage({ type: 'done', requestId: 'r1', result: { ...result, tokens: -1 } }).ok).toBe(false);
    expect(parseHostMessage({ type: 'loaded', requestId: 'l1', info: { ...info, backend: 'rocm' } }).ok).toBe(false);
    expect(parseHostMessage({ type: 'error', code: 'OOPS', message: 'x' }).ok).toBe(false);
    // A log-probability is finite and at most 0.
    for (const bad of [0.1, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect(parseHostMessage({ type: 'scored', requestId: 'p1', logProbs: [bad], seconds: 0 }).ok).toBe(false);
    }
  });
});
