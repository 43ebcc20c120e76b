// Opens a collection (SQLite bytes in memory, or a private temp file) query-only, and checks it is an Anki collection:
// the tables its schema needs exist as real tables (a view could run arbitrary queries) and col
// has its row. Schema 11 keeps note types and decks as JSON in col; 15+ in their own tables.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { InterchangeFormatError } from '../../errors';
import { substituteAnkiCollation } from './anki-collation';

export interface OpenCollection {
  db: Database;
  /** col.ver: 11 legacy, 18 current. */
  schemaVersion: number;
  /** True when note types and decks live in their own tables (schema 15 and later). */
  hasTypeTables: boolean;
}

const CORE_TABLES = ['col', 'notes', 'cards', 'revlog'];
const TYPE_TABLES = ['notetypes', 'fields', 'templates', 'decks'];
/** The first schema with note types, fields, templates and decks in tables. */
const FIRST_TABLES_SCHEMA = 15;

/**
 * A copy of the bytes marked as a rollback-journal database. A file saved in WAL mode (header
 * bytes 18/19 = 2) cannot be opened from memory, and a lone file has no WAL to replay anyway.
 */
function asRollbackJournal(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length > 19 && copy[18] === 2 && copy[19] === 2) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return copy;
}

/** The same for a file this reader owns (a temp copy): marked in place. */
function markFileAsRollbackJournal(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const header = Buffer.alloc(20);
    if (readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2) {
      writeSync(fd, Uint8Array.of(1, 1), 0, 2, 18);
    }
  } finally {
    closeSync(fd);
  }
}

/** A collection in memory, or in a temp file that only this reader uses (it is changed in place). */
export type CollectionInput = Uint8Array | { path: string };

function checkTables(db: Database, label: string): OpenCollection {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  const missingCore = CORE_TABLES.filter((name) => !tables.has(name));
  if (missingCore.length > 0) {
    throw new InterchangeFormatError(
      `${label} is not an Anki collection: it has no ${missingCore.join(', ')} table${missingCore.length > 1 ? 's' : ''}`,
    );
  }
  const col = db.prepare('SELECT ver FROM col LIMIT 1').get() as { ver: unknown } | undefined;
  if (!col) throw new InterchangeFormatError(`${label} has no collection row (table col is empty)`);
  const schemaVersion = Number(col.ver);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new InterchangeFormatError(`${label} has an invalid schema version (${String(col.ver)})`);
  }
  const hasTypeTables = schemaVersion >= FIRST_TABLES_SCHEMA;
  if (hasTypeTables) {
    const missing = TYPE_TABLES.filter((name) => !tables.has(name));
    if (missing.length > 0) {
      throw new InterchangeFormatError(
        `${label} (schema ${schemaVersion}) is damaged: it has no ${missing.join(', ')} table${missing.length > 1 ? 's' : ''}`,
      );
    }
  }
  return { db, schemaVersion, hasTypeTables };
}

/** Opens and checks the collection; the caller closes `db`. Corrupt files give a clear error. */
export function openCollection(input: CollectionInput, label: string): OpenCollection {
  let db: Database | undefined;
  try {
    // Writable only so that the schema can be adjusted; the copy is ours and is then query-only.
    if (input instanceof Uint8Array) {
      db = new BetterSqlite3(asRollbackJournal(input));
    } else {
      markFileAsRollbackJournal(input.path);
      db = new BetterSqlite3(input.path);
    }
    substituteAnkiCollation(db);
    db.pragma('query_only = ON');
    return checkTables(db, label);
  } catch (error) {
    db?.close();
    if (error instanceof InterchangeFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InterchangeFormatError(`${label} is not a readable Anki collection (${reason})`, { cause: error });
  }
}

/** Runs a read on an open collection, turning SQLite failures (corrupt pages, odd columns) into clear errors. */
export function readOrExplain<T>(label: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InterchangeFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InterchangeFormatError(`${label} is not a readable Anki collection (${reason})`, { cause: error });
  }
}
