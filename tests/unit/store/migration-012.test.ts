// Migrations 011 (remote servers) and 012 (a conversation's engine) on a file written before them: every
// conversation stays on this computer, and deleting a server hands its conversations back in the same statement.
import { describe, expect, it } from 'vitest';
import { ConversationRepository, MIGRATIONS, openDatabase, readUserVersion } from '../../../main/services/store';
import { conversationEngine } from '../../../main/services/store/migrations/012-conversation-engine';
import { remoteServers } from '../../../main/services/store/migrations/011-remote-servers';
import { useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();
const BEFORE = MIGRATIONS.findIndex((migration) => migration === remoteServers);

describe('migrations 011 and 012: remote servers and conversation engines', () => {
  it('are versions 11 and 12, right after the migrations before them', () => {
    expect([remoteServers.version, conversationEngine.version]).toEqual([11, 12]);
    expect(BEFORE).toBe(10);
    expect(MIGRATIONS[BEFORE + 1]).toBe(conversationEngine);
  });

  it('keeps a version-10 file’s conversations, all answered on this computer', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    old.exec(
      `INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Renal', 1, 1), (2, 'ECG', 2, 2)`,
    );
    old.close();

    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE + 2) }));
    expect(readUserVersion(db)).toBe(12);
    const conversations = new ConversationRepository(db);
    expect([conversations.get(1)?.engine, conversations.get(2)?.engine]).toEqual([null, null]);
    expect(db.prepare('SELECT count(*) FROM remote_servers').pluck().get()).toBe(0);
  });

  it('sets a conversation’s engine to NULL when its server row goes, and checks what a row may hold', () => {
    const db = track(openDatabase(newPath()));
    db.exec(`
      INSERT INTO remote_servers (id, name, base_url, software, model, adapter, created_at, updated_at)
        VALUES ('s1', 'Lab', 'https://lab.example', 'vllm', 'gemma', '{"mode":"none"}', 1, 1);
      INSERT INTO conversations (id, title, created_at, updated_at, engine) VALUES (1, 'Renal', 1, 1, 's1');
    `);
    db.exec(`DELETE FROM remote_servers WHERE id = 's1'`);
    expect(db.prepare('SELECT engine FROM conversations WHERE id = 1').pluck().get()).toBeNull();
    const insert = (software: string, adapter: string) =>
      db
        .prepare(
          `INSERT INTO remote_servers (id, name, base_url, software, model, adapter, created_at, updated_at)
           VALUES ('s2', 'Lab', 'https://lab.example', ?, NULL, ?, 1, 1)`,
        )
        .run(software, adapter);
    expect(() => insert('tgi', '{"mode":"none"}')).toThrow(/CHECK/);
    expect(() => insert('vllm', 'not json')).toThrow(/CHECK/);
  });
});
