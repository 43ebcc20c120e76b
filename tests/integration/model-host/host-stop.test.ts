// Stop reaches a hung host: if the host has not ended the answer 2 s after Stop, it is killed and
// restarted; the answer ends as 'interrupted' with the words already streamed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { seconds, startHostTestApp, type HostTestApp } from './app-support';

const STOP_DEADLINE_MS = 2000;
let host: HostTestApp;

beforeAll(async () => {
  // A slow watchdog (10 s), so what ends the hung answer can only be the 2 s Stop deadline.
  host = await startHostTestApp({ maxTokens: 400, host: { hangTimeoutMs: 10_000 } });
  expect((await host.call<ModelStatus>('model:load', {})).state).toBe('ready');
});

afterAll(async () => {
  await host?.close();
});

async function startAnswer(text: string): Promise<string> {
  const { requestId } = await host.call<{ requestId: string }>('chat:send', { conversationId: null, text });
  await host.events.until(() => (host.events.streamed(requestId) ? true : undefined), 10_000, 'first delta');
  return requestId;
}

describe('Stop on a hung model host', () => {
  it('kills the host 2 s after Stop; the answer is interrupted with its text kept; the next one works', async () => {
    const hungPid = host.app.host.pid;
    const requestId = await startAnswer('Describe the heart.');
    host.app.host.injectFault('hang');
    await new Promise((resolve) => setTimeout(resolve, 100)); // the host is stuck now
    const stoppedAt = performance.now();
    expect(await host.call('chat:stop', { requestId })).toEqual({ stopped: true });

    const done = await host.events.doneOf(requestId, 10_000);
    const endedMs = performance.now() - stoppedAt;
    expect(endedMs).toBeGreaterThanOrEqual(STOP_DEADLINE_MS - 50);
    expect(endedMs).toBeLessThan(STOP_DEADLINE_MS + 1500);
    expect(done.message.status).toBe('interrupted');
    expect(done.message.content).not.toBe('');
    expect(done.message.content).toBe(host.events.streamed(requestId));
    expect(done.message.error).toMatch(/did not stop within 2000 ms of Stop and was killed \(signal SIGKILL\)/);
    // The stored message is the same as the one the renderer was sent.
    const stored = await host.call<{ id: number; status: string; content: string }[]>('messages:list', {
      conversationId: done.conversationId,
    });
    expect(stored.at(-1)).toMatchObject({ status: 'interrupted', content: done.message.content });

    // The host came back on its own and answers again.
    await host.events.until(
      () => (host.app.model.getStatus().state === 'ready' ? true : undefined),
      15_000,
      'the restarted host',
    );
    const next = await startAnswer('What is angina?');
    expect(host.app.host.pid).not.toBe(hungPid);
    expect((await host.events.doneOf(next)).message.status).toBe('complete');
    console.log(`host-stop: hung host killed ${seconds(endedMs)} after Stop; answer interrupted with its text kept`);
  }, 60_000);

  it('a responsive host ends the answer as "stopped" without being killed', async () => {
    const pid = host.app.host.pid;
    const requestId = await startAnswer('Describe the lungs.');
    await host.call('chat:stop', { requestId });
    const done = await host.events.doneOf(requestId, 5000);
    expect(['stopped', 'complete']).toContain(done.message.status);
    expect(host.app.host.pid).toBe(pid);
  });
});
