// New conversations should not wait ~130 ms for a context: when an answer ends, the host prepares the
// next conversation's one-sequence context while idle, up to the conversation limit and no further.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelHostClient } from '../../../main/services/model-host';
import { DEFAULT_MAX_LIVE_SESSIONS } from '../../../main/services/model-host/host-server';
import { ask, loadedTinyClient } from './support';

let client: ModelHostClient;

beforeAll(async () => {
  client = await loadedTinyClient();
});

afterAll(async () => {
  await client?.dispose();
});

/** The adapter setting's context figures once `sequences` reached `expected` (preparation runs after the answer). */
async function adapterContextsWhen(expected: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const adapter = (await client.stats()).contexts.find((context) => context.lora !== null);
    if (!adapter) throw new Error('no adapter context');
    if (adapter.sequences === expected || Date.now() > deadline) return adapter;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('model host: contexts prepared while idle', () => {
  it('has the next conversation context ready after each answer, never beyond the conversation limit', async () => {
    expect(DEFAULT_MAX_LIVE_SESSIONS).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= DEFAULT_MAX_LIVE_SESSIONS + 1; n++) {
      await client.generate(ask(`conversation-${n}`, 'What is hypokalemia?', { maxTokens: 4 }));
      const live = Math.min(n, DEFAULT_MAX_LIVE_SESSIONS);
      // One prepared context while below the limit; at the limit the least recently used one is reused instead.
      const expected = live < DEFAULT_MAX_LIVE_SESSIONS ? live + 1 : live;
      const adapter = await adapterContextsWhen(expected);
      expect({ n, sequences: adapter.sequences, live: adapter.liveSessions }).toEqual({
        n,
        sequences: expected,
        live,
      });
      // Every conversation found its context ready: none was created while the question waited.
      expect(adapter.contextsWaitedFor).toBe(0);
    }
  });

  it('a one-off answer with no context ready waits for one, and that is counted', async () => {
    const before = await adapterContextsWhen(DEFAULT_MAX_LIVE_SESSIONS);
    await client.generate({ ...ask('compare:adapter', 'What is hypokalemia?', { maxTokens: 4 }), scratch: true });
    const after = await adapterContextsWhen(DEFAULT_MAX_LIVE_SESSIONS + 1);
    expect(after.sequences).toBe(DEFAULT_MAX_LIVE_SESSIONS + 1);
    expect(after.contextsWaitedFor).toBe(before.contextsWaitedFor + 1);
  });
});
