// Shape of one schema migration; the runner applies it and bumps user_version in one transaction.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version the file has after this migration; versions run 1, 2, 3… without gaps. */
  readonly version: number;
  /** Short label used in error messages. */
  readonly name: string;
  /**
   * Runs inside a transaction opened by the runner: do not BEGIN/COMMIT here. Foreign keys are
   * OFF meanwhile (so the create-copy-drop-rename table rebuild is safe) and the runner runs
   * `PRAGMA foreign_key_check` before committing; any violation rolls the migration back.
   */
  up(db: Database): void;
}
