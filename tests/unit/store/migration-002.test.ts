// Migration 002 (per-conversation adapter choice) on a file written by the previous app version,
// and the repository calls that read and write the new columns.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  ConversationRepository,
  MessageRepository,
  MIGRATIONS,
  MigrationError,
  openDatabase,
  readUserVersion,
  StoreNotFoundError,
  StoreValidationError,
  type Migration,
} from '../../../main/services/store';
import { useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();

/** A data file exactly as the app wrote it before migration 002 existed, with two conversations. */
function version1File(): string {
  const path = newPath();
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
  db.exec(`
    INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Renal', 10, 20);
    INSERT INTO conversations (id, title, created_at, updated_at, deleted_at) VALUES (2, 'Gone', 10, 20, 30);
    INSERT INTO messages (conversation_id, role, content, status, model_name, profile, created_at, updated_at)
      VALUES (1, 'user', 'What is GFR?', 'complete', NULL, NULL, 11, 11),
             (1, 'assistant', 'Glomerular filtration rate.', 'complete', 'tiny', 'adapter', 12, 12);
  `);
  expect(readUserVersion(db)).toBe(1);
  db.close();
  return path;
}

describe('migration 002: conversation adapter choice', () => {
  it('applies to a file with conversations and keeps every row, with adapter on at scale 1', () => {
    const path = version1File();
    const atVersion2 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    expect(readUserVersion(atVersion2)).toBe(2);
    atVersion2.close();
    // The repositories read today's schema; the later migrations only add columns with defaults.
    const db = track(openDatabase(path));

    const conversations = new ConversationRepository(db);
    expect(conversations.get(1)).toEqual({
      id: 1,
      title: 'Renal',
      createdAt: 10,
      updatedAt: 20,
      adapterEnabled: true,
      adapterScale: 1,
      scopeOverride: false,
      useCards: true,
      engine: null,
    });
    // Soft-deleted rows survive too (and can still be restored).
    expect(conversations.restore(2)).toMatchObject({ title: 'Gone', adapterEnabled: true, adapterScale: 1 });
    const messages = new MessageRepository(db).listForConversation(1);
    expect(messages.map((m) => [m.role, m.content, m.profile])).toEqual([
      ['user', 'What is GFR?', null],
      ['assistant', 'Glomerular filtration rate.', 'adapter'],
    ]);
    // Existing rows take part in search with the new columns.
    expect(conversations.search('filtration').map((c) => [c.id, c.adapterScale])).toEqual([[1, 1]]);
  });

  it('rolls back as a whole: a failure after the first ALTER leaves version 1 and no new column', () => {
    const path = version1File();
    const adapterMigration = MIGRATIONS[1] as Migration;
    const failing: Migration = {
      ...adapterMigration,
      up: (db) => {
        adapterMigration.up(db);
        throw new Error('disk full');
      },
    };
    expect(() => openDatabase(path, { migrations: [MIGRATIONS[0] as Migration, failing] })).toThrow(MigrationError);
    const raw = track(new BetterSqlite3(path));
    expect(readUserVersion(raw)).toBe(1);
    const columns = raw.prepare(`SELECT name FROM pragma_table_info('conversations')`).pluck().all();
    expect(columns).not.toContain('adapter_enabled');
    expect(raw.prepare(`SELECT title FROM conversations ORDER BY id`).pluck().all()).toEqual(['Renal', 'Gone']);
  });

  it('the schema refuses out-of-range values even without the repository', () => {
    const db = track(openDatabase(':memory:'));
    expect(() =>
      db.exec(`INSERT INTO conversations (title, created_at, updated_at, adapter_scale) VALUES ('x', 0, 0, 2.5)`),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db.exec(`INSERT INTO conversations (title, created_at, updated_at, adapter_enabled) VALUES ('x', 0, 0, 3)`),
    ).toThrow(/CHECK constraint/);
  });
});

describe('ConversationRepository adapter choice', () => {
  it('creates with a given choice and changes it without moving the conversation in the list', () => {
    const db = track(openDatabase(':memory:'));
    let time = 1000;
    const conversations = new ConversationRepository(db, { now: () => time });
    const first = conversations.create('First', { enabled: false, scale: 0.5 });
    time += 10;
    const second = conversations.create('Second');
    expect(first).toMatchObject({ adapterEnabled: false, adapterScale: 0.5 });
    expect(second).toMatchObject({ adapterEnabled: true, adapterScale: 1 });

    time += 10;
    const changed = conversations.setAdapter(first.id, { enabled: true, scale: 1.75 });
    expect(changed).toMatchObject({ id: first.id, adapterEnabled: true, adapterScale: 1.75, updatedAt: 1000 });
    expect(conversations.list().map((c) => c.title)).toEqual(['Second', 'First']);
  });

  it('rejects bad choices with a message naming the problem, and unknown conversations', () => {
    const db = track(openDatabase(':memory:'));
    const conversations = new ConversationRepository(db);
    const { id } = conversations.create('C');
    expect(() => conversations.setAdapter(id, { enabled: true, scale: 2.01 })).toThrow(StoreValidationError);
    expect(() => conversations.setAdapter(id, { enabled: true, scale: Number.NaN })).toThrow(/scale must be a number/);
    expect(() => conversations.setAdapter(id, { enabled: 'yes' as unknown as boolean, scale: 1 })).toThrow(/on\/off/);
    expect(() => conversations.create('D', { enabled: true, scale: -1 })).toThrow(/from 0 to 2/);
    expect(() => conversations.setAdapter(999, { enabled: true, scale: 1 })).toThrow(StoreNotFoundError);
    expect(conversations.get(id)).toMatchObject({ adapterEnabled: true, adapterScale: 1 });
  });
});
