// A host that dies on every model load is restarted twice, then given up on: the app's model status
// says 'unavailable' with the reason, no further restart happens, and loading again starts over.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDependencies } from '../../../main/services/app/create-app';
import type { FaultKind } from '../../../main/services/model-host';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { CountingLauncher, faultyLauncher, startHostTestApp, type HostTestApp } from './app-support';

let host: HostTestApp | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

const cases: [FaultKind, RegExp, AppDependencies['host']][] = [
  // Short restart backoffs (and, for the hang, a quicker watchdog) keep the test short; the app's
  // defaults give up the same way (tests/unit/model-host/host-client.test.ts).
  [
    'segv',
    /^The model host crashed \(signal SIGSEGV\)\. It failed 3 times in a row and was not restarted\.$/,
    { restartBackoffMs: [50] },
  ],
  [
    'hang',
    /^The model host stopped responding for 1000 ms and was killed \(signal SIGKILL\)\. It failed 3 times in a row/,
    { pingIntervalMs: 200, hangTimeoutMs: 1000, restartBackoffMs: [50] },
  ],
];

describe('model host: giving up after 3 failures in a row', () => {
  it.each(cases)(
    'a %s on every load ends in "unavailable" with the reason; Load retries',
    async (kind, reason, options) => {
      // The first three hosts die while loading; a fourth (after the user retries) is healthy.
      const launcher = new CountingLauncher((launch) =>
        launch <= 3 ? faultyLauncher({ MEA_HOST_FAULT_ON_LOAD: kind }) : faultyLauncher(),
      );
      host = await startHostTestApp({ launcher, host: options });
      const { events } = host;

      const firstLoad = await host.app.dispatcher.dispatch('model:load', {});
      expect(firstLoad).toMatchObject({ ok: false, error: { code: 'model_unavailable' } });

      const givenUp = await events.until(
        () => events.statuses.find((status) => status.state === 'unavailable'),
        20_000,
        'status unavailable',
      );
      expect(givenUp.message).toMatch(reason);
      expect(launcher.launches).toBe(3);
      expect(events.statuses.filter((status) => status.state === 'crashed')).toHaveLength(2);

      // Given up means given up: no restart, even well after a next one would have come (50 ms).
      const quietMs = 1000;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      expect(launcher.launches).toBe(3);
      expect(host.app.model.getStatus()).toMatchObject({ state: 'unavailable', message: givenUp.message });
      const refused = await host.app.dispatcher.dispatch('chat:send', {
        conversationId: null,
        text: 'What is angina?',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'model_unavailable' } });

      // "Try again" in the app is a load: it starts over with a fresh host.
      expect((await host.call<ModelStatus>('model:load', {})).state).toBe('ready');
      expect(launcher.launches).toBe(4);
      const { requestId } = await host.call<{ requestId: string }>('chat:send', {
        conversationId: null,
        text: 'What is angina?',
      });
      expect((await events.doneOf(requestId)).message.status).toBe('complete');
      console.log(
        `host-give-up (${kind}): unavailable after 3 launches, 0 restarts in ${quietMs / 1000} s, reason "${givenUp.message}"`,
      );
    },
    60_000,
  );
});
