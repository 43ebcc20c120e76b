// The servers in Settings: the API key reaches SQLite only sealed (the database file's bytes never hold it),
// is refused where the OS offers no secret storage, never comes back out, is opened only for a request and
// sealed again when the OS asks; addresses follow the URL policy; removing a server hands its conversations
// back to this computer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventSink } from '../../../main/services/events';
import { NO_KEY_STORAGE_MESSAGE, RemoteServers } from '../../../main/services/remote-servers';
import { ConversationRepository, openDatabase } from '../../../main/services/store';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { ServerSettings } from '../../../preload/contract/features/servers';
import { FakeSecretBox } from '../../support/fake-secret-box';
import { useTempDir } from '../store/helpers';

const KEY = 'sk-class-SECRET-0123456789abcdef';
const newPath = useTempDir();

const settings = (overrides: Partial<ServerSettings> = {}): ServerSettings => ({
  name: 'Anatomy lab',
  baseUrl: 'https://llm.school.example:8443',
  software: 'llama-server',
  model: null,
  adapter: { mode: 'llama-server-lora', id: 0 },
  allowLocalNetwork: false,
  ...overrides,
});

class RecordingSink implements EventSink {
  readonly events: { channel: string; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
}

let path: string;
let db: Database.Database;
let box: FakeSecretBox;
let sink: RecordingSink;
let servers: RemoteServers;
let ids: number;

beforeEach(() => {
  path = newPath();
  db = openDatabase(path);
  box = new FakeSecretBox();
  sink = new RecordingSink();
  ids = 0;
  // Nothing here may reach the network; the test that needs replies passes its own fetch.
  const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
  servers = new RemoteServers({
    db,
    secretBox: box,
    events: sink,
    newId: () => `server-${++ids}`,
    engineOptions: { fetch: offline },
  });
});

afterEach(() => {
  if (db.open) db.close();
});

/** Every byte SQLite wrote for this database: the main file, the WAL and anything else beside it. */
function databaseBytes(): Buffer {
  const dir = dirname(path);
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

describe('API keys', () => {
  it('stores the key only sealed: not in the database file, the WAL, the views or the events', async () => {
    const added = await servers.add(settings(), KEY);
    expect(added).toMatchObject({ id: 'server-1', name: 'Anatomy lab', hasApiKey: true });
    expect(JSON.stringify(added)).not.toContain(KEY);
    expect(box.sealed).toEqual([KEY]);
    expect(JSON.stringify(await servers.list())).not.toContain(KEY);

    const sealed = db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer;
    expect(Buffer.isBuffer(sealed)).toBe(true);
    expect((await box.open(sealed)).text).toBe(KEY);

    expect(databaseBytes().includes(Buffer.from(KEY))).toBe(false);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = databaseBytes();
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.includes(Buffer.from('Anatomy lab'))).toBe(true); // positive control: the file is readable
    expect(JSON.stringify(sink.events)).not.toContain(KEY);
  });

  it('refuses a key where the OS cannot protect it, saying why; the server works without one', async () => {
    box.isAvailable = false;
    expect((await servers.list()).keyStorage).toEqual({ available: false, message: NO_KEY_STORAGE_MESSAGE });
    await expect(servers.add(settings(), KEY)).rejects.toMatchObject({
      code: 'forbidden',
      message: NO_KEY_STORAGE_MESSAGE,
    });
    await expect(servers.update((await servers.add(settings())).id, settings(), KEY)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(box.sealed).toEqual([]);
    expect(NO_KEY_STORAGE_MESSAGE).toMatch(/--api-key-env/);
    expect((await servers.list()).servers.map((server) => server.hasApiKey)).toEqual([false]);
    expect(databaseBytes().includes(Buffer.from(KEY))).toBe(false);
  });

  it('keeps, replaces or removes the key on update', async () => {
    const { id } = await servers.add(settings(), KEY);
    const sealed = () => db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer | null;
    const first = sealed();
    expect((await servers.update(id, settings({ name: 'Lab 2' }))).hasApiKey).toBe(true);
    expect(sealed()).toEqual(first);
    await servers.update(id, settings(), 'sk-other-key');
    expect((await box.open(sealed() as Buffer)).text).toBe('sk-other-key');
    expect((await servers.update(id, settings(), null)).hasApiKey).toBe(false);
    expect(sealed()).toBeNull();
  });

  it('says what to do, without the key, when a saved key cannot be opened any more', async () => {
    const { id } = await servers.add(settings(), KEY);
    box.failOpen = true;
    // The engine is handed out at once; the key is opened by its first request, which says why it cannot.
    const engine = servers.engine(id);
    const failure = await engine.tokenize('x', { bos: false }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(failure).toMatchObject({ code: 'model_unavailable' });
    const message = failure?.message ?? '';
    expect(message).toMatch(/Enter the key again in Settings/);
    expect(message).not.toContain(KEY);
    const health = await servers.test(id);
    expect(health).toMatchObject({ ok: false, status: 'unavailable', latencyMs: null, models: [] });
    expect(health.message).toBe(message);
    expect(JSON.stringify(sink.events)).not.toContain(KEY);
  });

  it('opens the key once, on the first request, and seals it again when the OS asks', async () => {
    const requests: { url: string; authorization: string | null }[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      requests.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return Promise.resolve(Response.json({ object: 'list', data: [{ id: 'gemma' }] }));
    };
    servers = new RemoteServers({
      db,
      secretBox: box,
      events: sink,
      newId: () => `server-${++ids}`,
      engineOptions: { fetch },
    });
    const { id } = await servers.add(settings(), KEY);
    const sealed = () => db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer;
    const before = sealed();
    const updatedAt = (await servers.list()).servers[0]?.updatedAt;

    box.rotated = true;
    const engine = servers.engine(id);
    expect(box.opened).toBe(0);
    await Promise.all([servers.test(id), servers.test(id)]);
    expect(box.opened).toBe(1);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((request) => request.authorization === `Bearer ${KEY}`)).toBe(true);

    const after = sealed();
    expect(after).not.toEqual(before);
    expect(after.includes(Buffer.from(KEY))).toBe(false);
    await expect(box.open(after)).resolves.toEqual({ text: KEY, reseal: false });
    expect(box.sealed).toEqual([KEY, KEY]);
    expect((await servers.list()).servers[0]?.updatedAt).toBe(updatedAt);
    expect(servers.engine(id)).toBe(engine);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(databaseBytes().includes(Buffer.from(KEY))).toBe(false);
  });

  it('does not overwrite a key the user replaced while the old one was being sealed again', async () => {
    const { id } = await servers.add(settings(), KEY);
    box.rotated = true;
    const open = box.open.bind(box);
    box.open = async (data) => {
      const opened = await open(data);
      await servers.update(id, settings(), 'sk-new-key');
      return opened;
    };
    await servers
      .engine(id)
      .tokenize('x', { bos: false })
      .catch(() => {});
    const stored = db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer;
    expect((await open(stored)).text).toBe('sk-new-key');
  });
});

describe('server settings', () => {
  it('refuses plain http to the internet, allows it on loopback and a marked local network', async () => {
    await expect(servers.add(settings({ baseUrl: 'http://llm.school.example' }))).rejects.toMatchObject({
      code: 'invalid_payload',
      message: expect.stringMatching(/plain http/),
    });
    await expect(servers.add(settings({ baseUrl: 'http://192.168.1.20:8080' }))).rejects.toThrow(/plain http/);
    expect(
      (await servers.add(settings({ baseUrl: 'http://192.168.1.20:8080', allowLocalNetwork: true }))).id,
    ).toBeTruthy();
    expect((await servers.add(settings({ baseUrl: 'http://127.0.0.1:8080' }))).id).toBeTruthy();
    expect((await servers.list()).servers).toHaveLength(2);
  });

  it('refuses an adapter selection the software cannot do', async () => {
    await expect(servers.add(settings({ software: 'vllm' }))).rejects.toMatchObject({
      code: 'invalid_payload',
      message: expect.stringMatching(/only with llama-server/),
    });
    await expect(
      servers.add(settings({ software: 'vllm', adapter: { mode: 'model-name', model: 'm' } })),
    ).rejects.toThrow(/base model name/);
  });

  it('lists servers oldest first and tells the renderer of every change', async () => {
    await servers.add(settings({ name: 'A' }));
    const b = await servers.add(
      settings({ name: 'B', software: 'ollama', model: 'gemma3', adapter: { mode: 'none' } }),
    );
    expect((await servers.list()).servers.map((server) => server.name)).toEqual(['A', 'B']);
    expect((await servers.list()).servers[1]).toEqual({
      id: b.id,
      name: 'B',
      baseUrl: 'https://llm.school.example:8443',
      software: 'ollama',
      model: 'gemma3',
      adapter: { mode: 'none' },
      allowLocalNetwork: false,
      hasApiKey: false,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
    await servers.remove(b.id);
    expect(sink.events.map((event) => event.channel)).toEqual([
      'servers:changed',
      'servers:changed',
      'servers:changed',
    ]);
    expect(sink.events.at(-1)?.payload).toEqual(await servers.list());
  });

  it('builds a new engine after an edit (the old one keeps the old address)', async () => {
    const { id } = await servers.add(settings());
    const before = servers.engine(id);
    expect(servers.engine(id)).toBe(before);
    await servers.update(id, settings({ name: 'Renamed' }));
    expect(servers.engine(id)).not.toBe(before);
    expect(servers.engine(id).describe().name).toBe('Renamed');
  });

  it('answers not_found for a server that is not there', async () => {
    await expect(servers.update('nope', settings())).rejects.toMatchObject({ code: 'not_found' });
    await expect(servers.remove('nope')).rejects.toMatchObject({ code: 'not_found' });
    expect(() => servers.engine('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    await expect(servers.test('nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('conversations and their server', () => {
  it('moves a removed server’s conversations (live and deleted) back to this computer', async () => {
    const conversations = new ConversationRepository(db);
    const { id } = await servers.add(settings());
    const other = await servers.add(settings({ name: 'Other' }));
    const remote = conversations.create('Remote', undefined, id);
    const deleted = conversations.setEngine(conversations.create('Deleted').id, id);
    conversations.softDelete(deleted.id);
    const elsewhere = conversations.create('Elsewhere', undefined, other.id);
    const local = conversations.create('Local');
    expect(remote.engine).toBe(id);

    expect(await servers.remove(id)).toEqual({ id, movedConversationIds: [remote.id] });
    expect(conversations.get(remote.id)?.engine).toBeNull();
    expect(conversations.restore(deleted.id).engine).toBeNull();
    expect(conversations.get(elsewhere.id)?.engine).toBe(other.id);
    expect(conversations.get(local.id)?.engine).toBeNull();
  });

  it('cannot point a conversation at a server that does not exist', () => {
    const conversations = new ConversationRepository(db);
    const { id } = conversations.create('Chat');
    expect(() => conversations.setEngine(id, 'no-such-server')).toThrow(/FOREIGN KEY/);
    expect(conversations.get(id)?.engine).toBeNull();
  });

  it('refuses to remove or change a server while one of its answers is coming in', async () => {
    const { id } = await servers.add(settings());
    const engine = servers.engine(id);
    let finish: () => void = () => {};
    const inner = engine.inner as { generate: (...args: unknown[]) => Promise<unknown> };
    inner.generate = () => new Promise((resolve) => (finish = () => resolve({ text: '' })));
    const answer = engine.generate({
      requestId: 'r',
      sessionKey: '1',
      history: [],
      prompt: 'Q',
      profile: 'template',
      sampling: { temperature: 0, topP: 1, maxTokens: 8 },
    });
    await expect(servers.remove(id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(servers.update(id, settings())).rejects.toMatchObject({ code: 'conflict' });
    finish();
    await answer;
    expect((await servers.remove(id)).id).toBe(id);
  });
});
