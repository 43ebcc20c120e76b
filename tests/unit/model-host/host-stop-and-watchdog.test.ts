// Stop's deadline (a host that does not end the answer is killed) and the watchdog's hang verdict.
import { afterEach, describe, expect, it } from 'vitest';
import { HostCrashedError, ModelHostClient, type GenerateRequest } from '../../../main/services/model-host';
import {
  DEFAULT_HANG_TIMEOUT_MS,
  DEFAULT_PING_INTERVAL_MS,
  HostWatchdog,
} from '../../../main/services/model-host/host-watchdog';
import { FakeLauncher } from './fake-host';

const config = { modelPath: '/models/tiny.gguf', gpuLayers: 'off' as const };
const request = (requestId: string): GenerateRequest => ({
  requestId,
  sessionKey: 'c1',
  history: [],
  prompt: 'What is angina?',
  profile: 'adapter',
  sampling: { temperature: 0.7, topP: 0.9, maxTokens: 32 },
});

const clients: ModelHostClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

function makeClient(stopDeadlineMs: number) {
  const launcher = new FakeLauncher({ holdGenerate: true, deltas: ['Partial '] });
  // A watchdog far slower than the deadline, so only Stop's deadline can end a hung answer.
  const client = new ModelHostClient({ launcher, restartBackoffMs: [5], hangTimeoutMs: 60_000, stopDeadlineMs });
  clients.push(client);
  return { client, launcher };
}

describe('Stop deadline', () => {
  it('kills a host that has not ended the answer within stopDeadlineMs of Stop, then restarts it', async () => {
    const { client, launcher } = makeClient(80);
    await client.load(config);
    const controller = new AbortController();
    const answer = client.generate(request('r1'), { signal: controller.signal }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 10));
    launcher.current.script.hang = true; // from now on it ignores everything, 'abort' included
    const stoppedAt = performance.now();
    controller.abort();
    const error = await answer;
    const waited = performance.now() - stoppedAt;
    expect(error).toBeInstanceOf(HostCrashedError);
    expect((error as Error).message).toMatch(/^The model host did not stop within 80 ms of Stop and was killed/);
    expect(waited).toBeGreaterThanOrEqual(75);
    expect(launcher.hosts[0]?.killed).toBe(true);
    launcher.script.hang = false;
    await expect(client.generate(request('r2'), { signal: AbortSignal.timeout(5) })).resolves.toMatchObject({
      stopReason: 'abort',
    });
    expect(launcher.hosts).toHaveLength(2);
  });

  it('leaves a host alone that ends the answer after Stop', async () => {
    const { client, launcher } = makeClient(30);
    await client.load(config);
    const controller = new AbortController();
    const answer = client.generate(request('r1'), { signal: controller.signal, onDelta: () => controller.abort() });
    await expect(answer).resolves.toMatchObject({ text: 'Partial ', stopReason: 'abort' });
    await new Promise((resolve) => setTimeout(resolve, 60)); // past the deadline
    expect(launcher.hosts[0]?.killed).toBe(false);
    expect(client.getStatus().state).toBe('ready');
  });
});

describe('HostWatchdog', () => {
  it('defaults notice a hang within about 2.5 s', () => {
    expect(DEFAULT_PING_INTERVAL_MS + DEFAULT_HANG_TIMEOUT_MS).toBeLessThanOrEqual(2500);
  });

  it('kills a host whose pong does not come within hangTimeoutMs', async () => {
    const kills: string[] = [];
    const watchdog = new HostWatchdog(
      { pingIntervalMs: 5, hangTimeoutMs: 30 },
      { isCurrent: () => true, ping: () => undefined, kill: (_gen, reason) => kills.push(reason) },
    );
    watchdog.startPings(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    watchdog.stop();
    expect(kills[0]).toBe('stopped responding for 30 ms');
  });

  it('does not call a hang when main itself was blocked and the pong is waiting to be read', async () => {
    const kills: string[] = [];
    let watchdog: HostWatchdog | null = null;
    let pinged = false;
    watchdog = new HostWatchdog(
      { pingIntervalMs: 5, hangTimeoutMs: 30 },
      {
        isCurrent: () => true,
        ping: (nonce) => {
          if (pinged) {
            setImmediate(() => watchdog?.onPong(nonce)); // later pings: answered at once
            return;
          }
          pinged = true;
          // Main gets stuck (a long synchronous job) right after the ping, well past the timeout; the
          // host's pong then waits to be read, behind the expired timer, as an IPC message would.
          setImmediate(() => {
            const until = performance.now() + 100;
            while (performance.now() < until) {
              /* main busy */
            }
            setImmediate(() => watchdog?.onPong(nonce));
          });
        },
        kill: (_gen, reason) => kills.push(reason),
      },
    );
    watchdog.startPings(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    watchdog.stop();
    expect(kills).toEqual([]);
    expect(watchdog.stats().pongs).toBeGreaterThan(1);
  });
});
