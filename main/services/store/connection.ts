// Opens the app's SQLite file: safe pragmas, too-new check, migrations, crash recovery.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { StoreValidationError } from './errors';
import { assertNotTooNew, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { recoverInterruptedMessages } from './recovery';
import type { Clock } from './types';

export interface OpenDatabaseOptions {
  /** Schema migrations to apply; tests inject their own. Defaults to the app's list. */
  migrations?: readonly Migration[];
  /** How long a statement waits for another connection's lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
  /**
   * Turn 'streaming' answers into 'interrupted' on open. Default true; pass false for a second
   * process (e.g. a CLI) that must not touch answers the running app is still writing.
   */
  recoverInterrupted?: boolean;
  now?: Clock;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new StoreValidationError('Database path must be a non-empty string (or ":memory:")');
  }
  const migrations = options.migrations ?? MIGRATIONS;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new StoreValidationError(`busyTimeoutMs must be a non-negative integer, got ${busyTimeoutMs}`);
  }

  const db = new BetterSqlite3(path);
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Before anything that writes (switching to WAL rewrites the header): a newer file stays untouched.
    assertNotTooNew(db, migrations);
    db.pragma('journal_mode = WAL');
    // FULL: a committed chat message survives a power cut, at a small cost we can afford.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations);
    if (options.recoverInterrupted ?? true) recoverInterruptedMessages(db, options.now);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
