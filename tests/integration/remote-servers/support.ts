// The app under test for the classroom-server integration tests: the real app (createApp: SQLite file in a
// temporary folder, dispatcher, a fake model host) with short remote timeouts, and a real HTTP server on
// 127.0.0.1 playing vLLM that serves gemma-base with the "medical" adapter as a second model name. Each test
// adds the routes it answers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { FakeSecretBox } from '../../support/fake-secret-box';
import { FakeOpenAiServer, sendJson } from '../../support/fake-openai-server';
import { FakeLauncher } from '../../unit/model-host/fake-host';

/** Every event the app emits, in order. */
export class Recorder implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }

  /** The text pieces streamed so far for this request. */
  deltas(requestId: string): string[] {
    return this.events
      .filter((event) => event.channel === 'chat:delta')
      .map((event) => event.payload as EventPayload<'chat:delta'>)
      .filter((delta) => delta.requestId === requestId)
      .map((delta) => delta.delta);
  }

  /** The first event on `channel` with this request id, polled until it comes. */
  async waitFor<E extends EventChannel>(channel: E, requestId: string, timeoutMs = 15_000): Promise<EventPayload<E>> {
    const started = Date.now();
    for (;;) {
      const found = this.events.find(
        (event) => event.channel === channel && (event.payload as { requestId?: string }).requestId === requestId,
      );
      if (found) return found.payload as EventPayload<E>;
      if (Date.now() - started > timeoutMs) throw new Error(`no ${channel} for ${requestId}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

export interface RemoteApp {
  /** The temporary folder; the app's data is in its "data" folder. */
  dir: string;
  fake: FakeOpenAiServer;
  app: App;
  /** The fake model host's launcher: what this computer's model was asked is in `launcher.current.received`. */
  launcher: FakeLauncher;
}

/** `prefix` names the temporary folder. */
export async function startRemoteApp(prefix: string, events: EventSink): Promise<RemoteApp> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const fake = await FakeOpenAiServer.start();
  fake.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  fake.on('GET /v1/models', (_request, res) =>
    sendJson(res, 200, { object: 'list', data: [{ id: 'gemma-base' }, { id: 'medical' }] }),
  );
  const launcher = new FakeLauncher();
  const app = createApp({
    dataDir: join(dir, 'data'),
    launcher,
    events,
    pickFile: async () => null,
    version: '0.0.0-test',
    chat: { deltaIntervalMs: 1, saveIntervalMs: 20 },
    secretBox: new FakeSecretBox(),
    remoteEngine: { timeouts: { firstByteMs: 2_000, stallMs: 1_000, probeMs: 2_000 } },
    threadCalibration: false,
  });
  return { dir, fake, app, launcher };
}

export async function closeRemoteApp({ dir, fake, app }: RemoteApp): Promise<void> {
  await app.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
}

export interface RemoteAppPerTest extends RemoteApp {
  recorder: Recorder;
  /** The tiny model, for a test that also answers on this computer. */
  fixture: TinyModelFixture;
}

/** Registers the hooks that give each test of the file a fresh app and server (the fields are replaced each time). */
export function remoteAppPerTest(prefix: string): RemoteAppPerTest {
  const env = {} as RemoteAppPerTest;
  beforeAll(async () => {
    env.fixture = await ensureTinyModel();
  });
  beforeEach(async () => {
    env.recorder = new Recorder();
    Object.assign(env, await startRemoteApp(prefix, env.recorder));
  });
  afterEach(() => closeRemoteApp(env));
  return env;
}
