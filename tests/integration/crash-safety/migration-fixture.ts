// A large schema-version-2 file for the migration kills, its row fingerprint, and the exact schema of each version.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { MIGRATIONS, openDatabase, runMigrations } from '../../../main/services/store';
import { wordsFor } from './texts';

/** The version the fixture is left at: migration 3 (flashcards + full-text index of all messages) is the slow one. */
export const FIXTURE_VERSION = 2;
/** One message in this many carries the word the final check searches for. */
export const MARKER_EVERY = 7;
export const MARKER_WORD = 'zebracrossingmarker';

export interface RowFingerprint {
  conversations: number;
  messages: number;
  checksum: string;
}

/** Writes `messages` messages (about 300 characters each) over 1 conversation per 50 messages. */
export function buildVersion2File(path: string, messages: number): RowFingerprint {
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, FIXTURE_VERSION) });
  try {
    db.transaction(() => {
      const conversation = db.prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)');
      const message = db.prepare(
        `INSERT INTO messages (conversation_id, role, content, status, created_at, updated_at)
         VALUES (?, ?, ?, 'complete', ?, ?)`,
      );
      let conversationId = 0;
      for (let i = 0; i < messages; i++) {
        if (i % 50 === 0) conversationId = Number(conversation.run(`Conversation ${i / 50}`, i, i).lastInsertRowid);
        const marker = i % MARKER_EVERY === 0 ? ` ${MARKER_WORD}` : '';
        message.run(conversationId, i % 2 === 0 ? 'user' : 'assistant', `${wordsFor(`m${i}`, 30)}${marker}`, i, i);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return rowFingerprint(db);
  } finally {
    db.close();
  }
}

/** Counts and a hash of every stored conversation and message: equal before and after any migration. */
export function rowFingerprint(db: Database): RowFingerprint {
  const hash = createHash('sha256');
  let conversations = 0;
  let messages = 0;
  for (const row of db.prepare('SELECT id, title, created_at FROM conversations ORDER BY id').iterate()) {
    hash.update(JSON.stringify(row));
    conversations++;
  }
  const rows = db.prepare('SELECT id, conversation_id, role, content, status, created_at FROM messages ORDER BY id');
  for (const row of rows.iterate()) {
    hash.update(JSON.stringify(row));
    messages++;
  }
  return { conversations, messages, checksum: hash.digest('hex') };
}

/** Every table, index, trigger and virtual table with its SQL, in a stable order. */
export function schemaOf(db: Database): string {
  return JSON.stringify(db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all());
}

/** The schema a file has at each version 0…latest, built by the app's migrations on empty databases. */
export function schemasByVersion(): Map<number, string> {
  const schemas = new Map<number, string>();
  for (let version = 0; version <= MIGRATIONS.length; version++) {
    const db = new BetterSqlite3(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, version));
    schemas.set(version, schemaOf(db));
    db.close();
  }
  return schemas;
}
