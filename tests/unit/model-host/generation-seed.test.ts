// Every answer is sampled with its own seed: node-llama-cpp's default (the current second) made a
// Regenerate within the same second repeat the previous answer word for word.
import type { LlamaChatSession, LlamaContextSequence } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { runGeneration } from '../../../main/services/model-host/generation';
import type { SessionEntry } from '../../../main/services/model-host/session-pool';

/** A chat session that records the options of each prompt and answers "ok". */
function recordingEntry(seen: { seed?: number }[]): SessionEntry {
  const meter = { usedInputTokens: 0, usedOutputTokens: 1 };
  const session = {
    getChatHistory: () => [],
    setChatHistory: () => {},
    promptWithMeta: async (_prompt: string, options: { seed?: number }) => {
      seen.push({ seed: options.seed });
      return { responseText: 'ok', stopReason: 'maxTokens' };
    },
  } as unknown as LlamaChatSession;
  const sequence = {
    tokenMeter: { getState: () => meter, diff: () => meter },
  } as unknown as LlamaContextSequence;
  return { key: 'k', requestedProfile: 'qa', profile: 'qa', session, sequence, fresh: true, busy: true };
}

const request = {
  requestId: 'r',
  sessionKey: 'k',
  history: [],
  prompt: 'What is the anion gap?',
  profile: 'qa' as const,
  sampling: { temperature: 0.7, topP: 0.9, maxTokens: 8 },
};

describe('runGeneration sampling seed', () => {
  it('passes a fresh integer seed with every answer', async () => {
    const seen: { seed?: number }[] = [];
    for (let i = 0; i < 5; i++) {
      await runGeneration(recordingEntry(seen), request, new AbortController().signal, () => {});
    }
    const seeds = seen.map((options) => options.seed);
    for (const seed of seeds) expect(Number.isInteger(seed)).toBe(true);
    expect(new Set(seeds).size).toBe(5);
  });
});
