// A host busy loading a model or generating a long answer still answers pings: llama.cpp computes on
// native threads, the host's event loop stays free. Checked with a watchdog twice as strict as the
// app's (hang after 1 s instead of 2 s), at 1 and 2 threads.
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelHostClient } from '../../../main/services/model-host';
import { ask, forkedClient, tinyModel } from './support';

const STRICT_HANG_MS = 1000;
let client: ModelHostClient | undefined;

afterEach(async () => {
  await client?.dispose();
  client = undefined;
});

describe('watchdog on a busy host', () => {
  // At 2 threads on a busy 2-core machine llama.cpp's threads wait on each other (~75 ms a token
  // here): few tokens make a long, slow answer, which is the case worth checking.
  it.each([
    [1, 1500],
    [2, 40],
  ])(
    'no false hang kill during load and a long answer at %i thread(s)',
    async (threads, maxTokens) => {
      const { modelPath } = await tinyModel();
      client = forkedClient({ pingIntervalMs: 50, hangTimeoutMs: STRICT_HANG_MS });
      const states: string[] = [];
      client.onStatus((status) => states.push(status.state));
      await client.load({ modelPath, gpuLayers: 'off', threads });
      const pid = client.pid;
      const startedAt = performance.now();
      const result = await client.generate(ask(`busy-${threads}`, 'Describe the heart in detail.', { maxTokens }));
      const answerMs = performance.now() - startedAt;

      expect(result.tokens).toBeGreaterThan(maxTokens / 2);
      expect(client.pid).toBe(pid);
      expect(states).not.toContain('crashed');
      const stats = client.watchdogStats();
      // Pings went on the whole time (one per 50 ms at most) and every one came back in time.
      expect(stats.pongs).toBeGreaterThanOrEqual(Math.floor(answerMs / 200));
      expect(stats.maxRoundTripMs).toBeLessThan(STRICT_HANG_MS);
      console.log(
        `watchdog-busy-host: threads ${threads}: ${result.tokens}-token answer in ${Math.round(answerMs)} ms, ` +
          `${stats.pongs} pongs, max round trip ${Math.round(stats.maxRoundTripMs)} ms, 0 false hang kills`,
      );
    },
    60_000,
  );
});
