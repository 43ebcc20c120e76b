// The servers in Settings: the API key reaches SQLite only sealed (the database file's bytes never hold it),
// is refused where the OS offers no secret storage, and never comes back out; addresses follow the URL policy;
// removing a server hands its conversations back to this computer.
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
  servers = new RemoteServers({ db, secretBox: box, events: sink, newId: () => `server-${++ids}` });
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
  it('stores the key only sealed: not in the database file, the WAL, the views or the events', () => {
    const added = servers.add(settings(), KEY);
    expect(added).toMatchObject({ id: 'server-1', name: 'Anatomy lab', hasApiKey: true });
    expect(JSON.stringify(added)).not.toContain(KEY);
    expect(box.encrypted).toEqual([KEY]);

    const sealed = db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer;
    expect(Buffer.isBuffer(sealed)).toBe(true);
    expect(box.decrypt(sealed)).toBe(KEY);

    expect(databaseBytes().includes(Buffer.from(KEY))).toBe(false);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = databaseBytes();
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.includes(Buffer.from('Anatomy lab'))).toBe(true); // positive control: the file is readable
    expect(JSON.stringify(sink.events)).not.toContain(KEY);
  });

  it('refuses a key where the OS cannot protect it, saying why; the server works without one', () => {
    box.isAvailable = false;
    expect(servers.list().keyStorage).toEqual({ available: false, message: NO_KEY_STORAGE_MESSAGE });
    expect(() => servers.add(settings(), KEY)).toThrow(
      expect.objectContaining({ code: 'forbidden', message: NO_KEY_STORAGE_MESSAGE }),
    );
    expect(servers.list().servers).toEqual([]);
    expect(NO_KEY_STORAGE_MESSAGE).toMatch(/--api-key-env/);
    expect(servers.add(settings()).hasApiKey).toBe(false);
  });

  it('keeps, replaces or removes the key on update', () => {
    const { id } = servers.add(settings(), KEY);
    const sealed = () => db.prepare('SELECT api_key_sealed FROM remote_servers').pluck().get() as Buffer | null;
    const first = sealed();
    expect(servers.update(id, settings({ name: 'Lab 2' })).hasApiKey).toBe(true);
    expect(sealed()).toEqual(first);
    servers.update(id, settings(), 'sk-other-key');
    expect(box.decrypt(sealed() as Buffer)).toBe('sk-other-key');
    expect(servers.update(id, settings(), null).hasApiKey).toBe(false);
    expect(sealed()).toBeNull();
  });

  it('says what to do, without the key, when a saved key cannot be decrypted any more', async () => {
    const { id } = servers.add(settings(), KEY);
    box.failDecrypt = true;
    let message = '';
    try {
      servers.engine(id);
    } catch (error) {
      message = (error as Error).message;
      expect(error).toMatchObject({ code: 'model_unavailable' });
    }
    expect(message).toMatch(/Enter the key again in Settings/);
    expect(message).not.toContain(KEY);
    const health = await servers.test(id);
    expect(health).toMatchObject({ ok: false, status: 'unavailable', latencyMs: null, models: [] });
    expect(health.message).toBe(message);
  });
});

describe('server settings', () => {
  it('refuses plain http to the internet, allows it on loopback and a marked local network', () => {
    expect(() => servers.add(settings({ baseUrl: 'http://llm.school.example' }))).toThrow(
      expect.objectContaining({ code: 'invalid_payload', message: expect.stringMatching(/plain http/) }),
    );
    expect(() => servers.add(settings({ baseUrl: 'http://192.168.1.20:8080' }))).toThrow(/plain http/);
    expect(servers.add(settings({ baseUrl: 'http://192.168.1.20:8080', allowLocalNetwork: true })).id).toBeTruthy();
    expect(servers.add(settings({ baseUrl: 'http://127.0.0.1:8080' })).id).toBeTruthy();
    expect(servers.list().servers).toHaveLength(2);
  });

  it('refuses an adapter selection the software cannot do', () => {
    expect(() => servers.add(settings({ software: 'vllm' }))).toThrow(
      expect.objectContaining({ code: 'invalid_payload', message: expect.stringMatching(/only with llama-server/) }),
    );
    expect(() => servers.add(settings({ software: 'vllm', adapter: { mode: 'model-name', model: 'm' } }))).toThrow(
      /base model name/,
    );
  });

  it('lists servers oldest first and tells the renderer of every change', () => {
    servers.add(settings({ name: 'A' }));
    const b = servers.add(settings({ name: 'B', software: 'ollama', model: 'gemma3', adapter: { mode: 'none' } }));
    expect(servers.list().servers.map((server) => server.name)).toEqual(['A', 'B']);
    expect(servers.list().servers[1]).toEqual({
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
    servers.remove(b.id);
    expect(sink.events.map((event) => event.channel)).toEqual([
      'servers:changed',
      'servers:changed',
      'servers:changed',
    ]);
    expect(sink.events.at(-1)?.payload).toEqual(servers.list());
  });

  it('builds a new engine after an edit (the old one keeps the old address)', () => {
    const { id } = servers.add(settings());
    const before = servers.engine(id);
    expect(servers.engine(id)).toBe(before);
    servers.update(id, settings({ name: 'Renamed' }));
    expect(servers.engine(id)).not.toBe(before);
    expect(servers.engine(id).describe().name).toBe('Renamed');
  });

  it('answers not_found for a server that is not there', async () => {
    expect(() => servers.update('nope', settings())).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => servers.remove('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => servers.engine('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    await expect(servers.test('nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('conversations and their server', () => {
  it('moves a removed server’s conversations (live and deleted) back to this computer', () => {
    const conversations = new ConversationRepository(db);
    const { id } = servers.add(settings());
    const other = servers.add(settings({ name: 'Other' }));
    const remote = conversations.create('Remote', undefined, id);
    const deleted = conversations.setEngine(conversations.create('Deleted').id, id);
    conversations.softDelete(deleted.id);
    const elsewhere = conversations.create('Elsewhere', undefined, other.id);
    const local = conversations.create('Local');
    expect(remote.engine).toBe(id);

    expect(servers.remove(id)).toEqual({ id, movedConversationIds: [remote.id] });
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
    const { id } = servers.add(settings());
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
    expect(() => servers.remove(id)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => servers.update(id, settings())).toThrow(expect.objectContaining({ code: 'conflict' }));
    finish();
    await answer;
    expect(servers.remove(id).id).toBe(id);
  });
});
