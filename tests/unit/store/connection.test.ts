// openDatabase: pragmas, migrations, refusal of newer files, rollback of failed migrations.
import { existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  MigrationError,
  openDatabase,
  readUserVersion,
  StoreError,
  type Migration,
} from '../../../main/services/store';
import { tableNames, useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();

describe('openDatabase', () => {
  it('creates the schema and sets user_version on a new file', () => {
    const db = track(openDatabase(newPath()));
    expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['conversations', 'messages', 'settings', 'decks', 'cards', 'card_tags', 'review_logs']),
    );
    const indexes = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'messages'`)
      .pluck()
      .all();
    expect(indexes).toContain('messages_by_conversation');
  });

  it('works with :memory:', () => {
    const db = track(openDatabase(':memory:'));
    expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('sets WAL, synchronous=FULL, foreign keys and busy timeout', () => {
    const db = track(openDatabase(newPath(), { busyTimeoutMs: 1234 }));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
  });

  it('re-opening is idempotent: no migration re-runs and data is kept', () => {
    const path = newPath();
    let runs = 0;
    const counted: Migration[] = MIGRATIONS.map((m) => ({
      ...m,
      up: (db) => {
        runs++;
        m.up(db);
      },
    }));
    const first = openDatabase(path, { migrations: counted });
    first.prepare(`INSERT INTO settings (key, value) VALUES ('k', '1')`).run();
    first.close();
    const second = track(openDatabase(path, { migrations: counted }));
    expect(runs).toBe(MIGRATIONS.length);
    expect(readUserVersion(second)).toBe(LATEST_SCHEMA_VERSION);
    expect(second.prepare(`SELECT value FROM settings WHERE key = 'k'`).pluck().get()).toBe('1');
  });

  it('applies only the new migrations when the app gains one', () => {
    const path = newPath();
    openDatabase(path).close();
    const addBookmarks: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'add bookmarks',
      up: (db) => db.exec(`CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT`),
    };
    const db = track(openDatabase(path, { migrations: [...MIGRATIONS, addBookmarks] }));
    expect(readUserVersion(db)).toBe(MIGRATIONS.length + 1);
    expect(tableNames(db)).toContain('bookmarks');
  });

  it('refuses a file from a newer app version and leaves it byte-for-byte untouched', () => {
    const path = newPath();
    const raw = new BetterSqlite3(path);
    raw.exec(`CREATE TABLE future_stuff (x TEXT); INSERT INTO future_stuff VALUES ('keep me')`);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(path);

    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    const error = caught as DatabaseTooNewError;
    expect(error.fileVersion).toBe(999);
    expect(error.knownVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(error.message).toBe(
      `This data file was written by a newer version of the app (schema 999, this app knows up to ${LATEST_SCHEMA_VERSION}); refusing to open it so nothing is lost`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('rolls the whole upgrade back when one migration fails: the file keeps the version it had', () => {
    const path = newPath();
    track(openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec(`CREATE TABLE half_done (id INTEGER PRIMARY KEY)`);
        db.exec(`INSERT INTO settings (key, value) VALUES ('half', '1')`);
        db.exec(`THIS IS NOT SQL`);
      },
    };
    const attempt = () => openDatabase(path, { migrations: [...MIGRATIONS.slice(0, 1), broken] });
    expect(attempt).toThrow(MigrationError);
    expect(attempt).toThrow(/migration 2 \(broken\) failed and was rolled back/);

    const raw = track(new BetterSqlite3(path));
    expect(readUserVersion(raw)).toBe(1);
    expect(tableNames(raw)).not.toContain('half_done');
    expect(raw.prepare(`SELECT count(*) FROM settings`).pluck().get()).toBe(0);
  });

  it('never stops at an intermediate version: a failure in the last of several steps undoes them all', () => {
    const path = newPath();
    track(openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const broken: Migration = {
      version: 3,
      name: 'broken third',
      up: () => {
        throw new Error('boom');
      },
    };
    const attempt = () => openDatabase(path, { migrations: [...MIGRATIONS.slice(0, 2), broken] });
    expect(attempt).toThrow(/migration 3 \(broken third\) failed and was rolled back/);

    const raw = track(new BetterSqlite3(path));
    expect(readUserVersion(raw)).toBe(1);
    const columns = raw.prepare(`SELECT name FROM pragma_table_info('conversations')`).pluck().all();
    expect(columns).not.toContain('adapter_enabled'); // migration 2's column was rolled back too
  });

  it('leaves a new file at version 0 with no tables when the first migration fails', () => {
    const path = newPath();
    const broken: Migration = {
      version: 1,
      name: 'broken first',
      up: (db) => {
        db.exec(`CREATE TABLE a (id INTEGER PRIMARY KEY)`);
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(path, { migrations: [broken] })).toThrow(/boom/);
    const raw = track(new BetterSqlite3(path));
    expect(readUserVersion(raw)).toBe(0);
    expect(tableNames(raw)).toEqual([]);
  });

  it('rolls back a migration that leaves foreign key violations', () => {
    const path = newPath();
    track(openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const dangling: Migration = {
      version: 2,
      name: 'dangling message',
      up: (db) =>
        db.exec(
          `INSERT INTO messages (conversation_id, role, content, status, created_at, updated_at)
           VALUES (42, 'user', 'orphan', 'complete', 0, 0)`,
        ),
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS.slice(0, 1), dangling] })).toThrow(
      /foreign key violation/,
    );
    const raw = track(new BetterSqlite3(path));
    expect(readUserVersion(raw)).toBe(1);
    expect(raw.prepare(`SELECT count(*) FROM messages`).pluck().get()).toBe(0);
  });

  it('lets a later migration rebuild a parent table without cascading deletes', () => {
    const path = newPath();
    const first = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    first.exec(
      `INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Renal', 0, 0);
       INSERT INTO messages (conversation_id, role, content, status, created_at, updated_at)
       VALUES (1, 'user', 'What is GFR?', 'complete', 0, 0);`,
    );
    first.close();
    const rebuild: Migration = {
      version: 2,
      name: 'rebuild conversations',
      up: (db) =>
        db.exec(
          `CREATE TABLE conversations_new (
             id INTEGER PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL,
             updated_at INTEGER NOT NULL, deleted_at INTEGER NULL, pinned INTEGER NOT NULL DEFAULT 0
           ) STRICT;
           INSERT INTO conversations_new (id, title, created_at, updated_at, deleted_at)
             SELECT id, title, created_at, updated_at, deleted_at FROM conversations;
           DROP TABLE conversations;
           ALTER TABLE conversations_new RENAME TO conversations;`,
        ),
    };
    const db = track(openDatabase(path, { migrations: [...MIGRATIONS.slice(0, 1), rebuild] }));
    expect(readUserVersion(db)).toBe(2);
    expect(db.prepare(`SELECT content FROM messages`).pluck().all()).toEqual(['What is GFR?']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('rejects a malformed migration list before touching the file', () => {
    const skip: Migration = { version: 3, name: 'gap', up: () => {} };
    expect(() => openDatabase(':memory:', { migrations: [...MIGRATIONS.slice(0, 1), skip] })).toThrow(StoreError);
  });

  it('rejects an empty path', () => {
    expect(() => openDatabase('  ')).toThrow(/non-empty/);
  });
});
