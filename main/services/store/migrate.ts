// Applies pending migrations, all in one IMMEDIATE transaction together with the user_version bump.
import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError, MigrationError, StoreError } from './errors';
import type { Migration } from './migrations/types';

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Highest version in the list; throws if the list is not exactly 1, 2, 3… (a programming error). */
export function latestVersion(migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new StoreError(
        `Migration list is malformed: entry ${index} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
  return migrations.length;
}

/** Throws DatabaseTooNewError without writing anything if the file is ahead of this app. */
export function assertNotTooNew(db: Database, migrations: readonly Migration[]): void {
  const fileVersion = readUserVersion(db);
  const known = latestVersion(migrations);
  if (fileVersion > known) throw new DatabaseTooNewError(fileVersion, known);
}

/**
 * Brings the file up to the newest version. All pending migrations run in ONE immediate transaction,
 * so a crash or error mid-upgrade leaves the file at the version it had before, never half-migrated
 * and never at an intermediate version. Returns the versions that were applied.
 */
export function runMigrations(db: Database, migrations: readonly Migration[]): number[] {
  const known = latestVersion(migrations);

  const applyAll = db.transaction((): number[] => {
    // Re-read under the write lock: another process may have migrated since we last looked.
    const current = readUserVersion(db);
    if (current > known) throw new DatabaseTooNewError(current, known);
    const applied: number[] = [];
    for (const migration of migrations) {
      if (current >= migration.version) continue;
      try {
        migration.up(db);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`${violations.length} foreign key violation(s) after migrating`);
        }
      } catch (error) {
        throw new MigrationError(migration.version, migration.name, error);
      }
      applied.push(migration.version);
    }
    // user_version is part of the file header, so this bump commits or rolls back with the schema.
    if (applied.length > 0) db.pragma(`user_version = ${known}`);
    return applied;
  });

  // SQLite's recommended schema-change procedure: foreign keys OFF (it cannot change inside a
  // transaction), so rebuilding a parent table does not cascade-delete its children; instead
  // foreign_key_check runs before the commit.
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    if (readUserVersion(db) >= known) return [];
    return applyAll.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeysWereOn ? 'ON' : 'OFF'}`);
  }
}
