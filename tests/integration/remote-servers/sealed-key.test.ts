// A server's API key through the real app (createApp: SQLite file, dispatcher, chat) with the fake secret
// box: sealed before it is stored, opened only when a request goes out, sealed again when the OS rotated its
// key, and, when it cannot be opened, an answer that fails saying what to do, with the key in no reply,
// event or file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import { NO_KEY_STORAGE_MESSAGE } from '../../../main/services/remote-servers';
import type { RemoteServerView, ServerHealth, ServerList } from '../../../preload/contract/features/servers';
import { FakeSecretBox } from '../../support/fake-secret-box';
import { FakeOpenAiServer, sendJson } from '../../support/fake-openai-server';
import { FakeLauncher } from '../../unit/model-host/fake-host';
import { callApp } from '../support/app-under-test';
import { Recorder } from './support';

const KEY = 'sk-class-SECRET-5a6b7c8d9e0f';

let dir: string;
let fake: FakeOpenAiServer;
let box: FakeSecretBox;
let recorder: Recorder;
let app: App;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-sealed-key-'));
  fake = await FakeOpenAiServer.start();
  fake.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  fake.on('GET /v1/models', (_request, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'gemma-base' }] }));
  box = new FakeSecretBox();
  recorder = new Recorder();
  app = createApp({
    dataDir: join(dir, 'data'),
    launcher: new FakeLauncher(),
    events: recorder,
    pickFile: async () => null,
    version: '0.0.0-test',
    chat: { deltaIntervalMs: 1, saveIntervalMs: 20 },
    secretBox: box,
    remoteEngine: { timeouts: { firstByteMs: 2_000, stallMs: 1_000, probeMs: 2_000 } },
    threadCalibration: false,
  });
});

afterEach(async () => {
  await app.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <T>(channel: string, payload: unknown) => callApp<T>(app, channel, payload);

function addServer(apiKey: string | null): Promise<RemoteServerView> {
  const server = {
    name: 'Anatomy lab',
    baseUrl: `${fake.url}/v1`,
    software: 'vllm',
    model: 'gemma-base',
    adapter: { mode: 'none' },
    allowLocalNetwork: false,
  };
  return call<RemoteServerView>('servers:add', { server, apiKey });
}

/** Every byte of the data folder after the app closed (database, WAL, logs, everything). */
async function dataBytes(): Promise<Buffer> {
  await app.close();
  const root = join(dir, 'data');
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Buffer.concat(await Promise.all(files.map((file) => readFile(file))));
}

describe('a server API key in the app', () => {
  it('is opened only for the first request, and sealed again when the OS rotated its key', async () => {
    const server = await addServer(KEY);
    expect(box.sealed).toEqual([KEY]);
    expect(box.opened).toBe(0);
    box.rotated = true;

    const health = await call<ServerHealth>('servers:test', { id: server.id });
    expect(health).toMatchObject({ ok: true, status: 'ready' });
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((request) => request.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(box.opened).toBe(1);
    expect(box.sealed).toEqual([KEY, KEY]);

    await call('servers:test', { id: server.id });
    expect(box.opened).toBe(1);
    const list = await call<ServerList>('servers:list', {});
    expect(JSON.stringify([health, list, recorder.events])).not.toContain(KEY);
    const bytes = await dataBytes();
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.includes(Buffer.from('Anatomy lab'))).toBe(true); // positive control: the files are readable
  });

  it('that cannot be opened fails the answer saying what to do, and nothing reaches the server', async () => {
    const server = await addServer(KEY);
    box.failOpen = true;
    const started = await call<{ outcome: string; requestId: string }>('chat:send', {
      conversationId: null,
      text: 'What is hypokalemia?',
      engine: server.id,
    });
    expect(started.outcome).toBe('answering');
    const done = await recorder.waitFor('chat:done', started.requestId);
    expect(done.message).toMatchObject({ status: 'failed', error: expect.stringMatching(/Enter the key again/) });
    expect(fake.requests).toEqual([]);
    expect(JSON.stringify(recorder.events)).not.toContain(KEY);
    expect((await dataBytes()).includes(Buffer.from(KEY))).toBe(false);
  });

  it('is refused, saying why, where the OS offers no protected storage', async () => {
    box.isAvailable = false;
    await expect(addServer(KEY)).rejects.toThrow(`servers:add: forbidden: ${NO_KEY_STORAGE_MESSAGE}`);
    const list = await call<ServerList>('servers:list', {});
    expect(list).toEqual({ servers: [], keyStorage: { available: false, message: NO_KEY_STORAGE_MESSAGE } });
    expect((await addServer(null)).hasApiKey).toBe(false);
    expect(box.sealed).toEqual([]);
  });
});
