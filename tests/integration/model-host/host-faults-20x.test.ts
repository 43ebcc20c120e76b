// 20 native faults (SIGSEGV, SIGABRT, hang) in the model host during or right before an answer: each
// time the app answers again through its real path (dispatcher → chat → host) within 10 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../../main/services/model-host';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { median, seconds, startHostTestApp, type HostTestApp } from './app-support';

const RECOVERY_LIMIT_MS = 10_000;
// segv, abort, hang, segv, ...: 7 segv, 7 abort, 6 hang, each kind after each other kind.
const KINDS: readonly FaultKind[] = ['segv', 'abort', 'hang'];
const ORDER: FaultKind[] = Array.from({ length: 20 }, (_, i) => KINDS[i % KINDS.length]!);

let host: HostTestApp;

beforeAll(async () => {
  host = await startHostTestApp({ maxTokens: 120 });
  expect((await host.call<ModelStatus>('model:load', {})).state).toBe('ready');
});

afterAll(async () => {
  await host?.close();
});

/** Sends questions until one is answered completely; returns when that answer is done. */
async function answerAgain(label: string): Promise<void> {
  const deadline = Date.now() + RECOVERY_LIMIT_MS * 2;
  while (Date.now() < deadline) {
    const envelope = await host.app.dispatcher.dispatch('chat:send', {
      conversationId: null,
      text: `${label}: what is angina?`,
    });
    if (!envelope.ok) {
      // No model ready yet (crashed, restarting, loading) or the cut-off answer is still ending.
      expect(['model_unavailable', 'conflict']).toContain(envelope.error.code);
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    const { requestId } = envelope.value as { requestId: string };
    const done = await host.events.doneOf(requestId);
    if (done.message.status === 'complete') return;
  }
  throw new Error(`${label}: no complete answer`);
}

describe('model host faults through the app', () => {
  it('recovers from 20 injected SIGSEGV/SIGABRT/hang faults, each within 10 s', async () => {
    const recoveries: number[] = [];
    let cutOffAnswers = 0;
    for (const [index, kind] of ORDER.entries()) {
      const label = `fault ${index + 1} (${kind})`;
      const pidBefore = host.app.host.pid;
      let cutOff: string | null = null;
      if (index % 2 === 0) {
        // During an answer: as soon as its first words arrive.
        const started = await host.call<{ requestId: string }>('chat:send', {
          conversationId: null,
          text: `${label}: describe the heart`,
        });
        await host.events.until(
          () => (host.events.streamed(started.requestId) ? true : undefined),
          10_000,
          `${label} first delta`,
        );
        cutOff = started.requestId;
      }
      const injectedAt = performance.now();
      host.app.host.injectFault(kind);
      await answerAgain(label);
      const recoveredMs = performance.now() - injectedAt;
      recoveries.push(recoveredMs);
      expect(host.app.host.pid, `${label}: a new host process`).not.toBe(pidBefore);
      expect(recoveredMs, `${label}: answered again within 10 s`).toBeLessThan(RECOVERY_LIMIT_MS);
      if (cutOff) {
        const done = await host.events.doneOf(cutOff);
        if (done.message.status === 'interrupted') {
          cutOffAnswers++;
          // The words already shown are kept, and the message says why the answer ended.
          expect(done.message.content).toBe(host.events.streamed(cutOff));
          expect(done.message.content).not.toBe('');
          expect(done.message.error).toMatch(
            kind === 'hang' ? /stopped responding/ : /crashed \(signal SIG(SEGV|ABRT)\)/,
          );
        } else {
          expect(done.message.status, `${label}: the answer finished before the fault landed`).toBe('complete');
        }
      }
    }
    // Successful answers in between reset the failure count: the host was never given up on.
    expect(host.events.statuses.map((status) => status.state)).not.toContain('unavailable');
    expect(cutOffAnswers).toBeGreaterThanOrEqual(5);
    const count = (kind: FaultKind): number => ORDER.filter((k) => k === kind).length;
    console.log(
      `host-faults: ${ORDER.length} injected (segv ${count('segv')}, abort ${count('abort')}, hang ${count('hang')}): ` +
        `recovered ${recoveries.length}, worst ${seconds(Math.max(...recoveries))}, median ${seconds(median(recoveries))}, ` +
        `${cutOffAnswers} answers cut off mid-stream kept their text`,
    );
  }, 240_000);
});
