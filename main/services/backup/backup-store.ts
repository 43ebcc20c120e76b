// The backups folder: takes verified backups (online backup API, or a snapshot before migrating), keeps the newest few.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { backupFileName, parseBackupName } from './backup-names';
import { fsyncFile, fsyncFolderOf } from './durable-files';
import { inspectDatabaseFile } from './inspect-database-file';

export interface BackupInfo {
  path: string;
  file: string;
  /** Epoch milliseconds the backup was started. */
  takenAt: number;
  schemaVersion: number;
}

export type BackupOutcome = { ok: true; backup: BackupInfo; removed: string[] } | { ok: false; reason: string };

export interface BackupStoreOptions {
  /** The folder that holds the backups (created on demand). */
  dir: string;
  now?: () => number;
  /** Where failures are reported (a failed backup is deleted, never kept). Default console.warn. */
  log?: (message: string) => void;
  /** How many verified backups to keep. Default 3. */
  keep?: number;
  /** Pages copied per step of the online backup; the event loop runs between steps. Default 256 (1 MiB). */
  pagesPerStep?: number;
}

const PARTIAL = '.partial';

export class BackupStore {
  readonly dir: string;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private readonly keep: number;
  private readonly pagesPerStep: number;

  constructor(options: BackupStoreOptions) {
    this.dir = options.dir;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.warn(message));
    this.keep = options.keep ?? 3;
    this.pagesPerStep = options.pagesPerStep ?? 256;
    if (!Number.isSafeInteger(this.keep) || this.keep < 1) throw new RangeError(`keep must be ≥ 1, got ${this.keep}`);
  }

  /** Completed backups, newest first (names sort by time). Partials and stray files are ignored. */
  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .map(parseBackupName)
      .filter((name) => name !== null)
      .sort((a, b) => b.file.localeCompare(a.file))
      .map((name) => ({ ...name, path: join(this.dir, name.file) }));
  }

  newest(): BackupInfo | null {
    return this.list()[0] ?? null;
  }

  /** True when there is no backup, or the newest one is older than `maxAgeMs` (default one day). */
  isDue(maxAgeMs = 24 * 60 * 60 * 1000): boolean {
    const newest = this.newest();
    return newest === null || this.now() - newest.takenAt >= maxAgeMs;
  }

  /** Deletes leftovers of a backup that was interrupted (a crash between write and rename). */
  removePartials(): void {
    if (!existsSync(this.dir)) return;
    for (const file of readdirSync(this.dir)) {
      if (file.endsWith(PARTIAL)) rmSync(join(this.dir, file), { force: true });
    }
  }

  /**
   * Copies the open database with SQLite's online backup API, a few pages per step so the event
   * loop (and the window) keep running; writes by the same connection during the copy are included.
   */
  async backupLive(db: Database): Promise<BackupOutcome> {
    const takenAt = this.now();
    const partial = this.partialPath(takenAt);
    try {
      await db.backup(partial, { progress: () => this.pagesPerStep });
    } catch (error) {
      return this.fail(partial, `the online backup failed: ${messageOf(error)}`);
    }
    return this.commit(partial, takenAt);
  }

  /**
   * Copies a closed database file synchronously (VACUUM INTO from a read-only connection): used at
   * start-up before migrations, when nothing else has the file open yet.
   */
  snapshotFile(sourcePath: string): BackupOutcome {
    const takenAt = this.now();
    const partial = this.partialPath(takenAt);
    let source: Database | null = null;
    try {
      source = new BetterSqlite3(sourcePath, { readonly: true, fileMustExist: true });
      source.prepare('VACUUM INTO ?').run(partial);
    } catch (error) {
      return this.fail(partial, `the snapshot failed: ${messageOf(error)}`);
    } finally {
      source?.close();
    }
    return this.commit(partial, takenAt);
  }

  /**
   * The newest backup that passes a full integrity check (older ones are tried in turn); backups
   * that fail are reported in the log and left in place for a person to look at.
   */
  newestUsable(maxSchemaVersion: number): BackupInfo | null {
    for (const backup of this.list()) {
      const inspection = inspectDatabaseFile(backup.path, 'full');
      if (inspection.ok && inspection.userVersion <= maxSchemaVersion) return backup;
      const reason = inspection.ok
        ? `schema version ${inspection.userVersion} is newer than this app`
        : inspection.reason;
      this.log(`Backup ${backup.file} cannot be used: ${reason}`);
    }
    return null;
  }

  /** Verify (integrity_check + user_version), fsync, rename into place, then drop the oldest extras. */
  private commit(partial: string, takenAt: number): BackupOutcome {
    try {
      // A copy of a WAL database says "WAL" in its header; a backup must be one self-contained file.
      const copy = new BetterSqlite3(partial, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    } catch (error) {
      return this.fail(partial, `verification failed: ${messageOf(error)}`);
    }
    const inspection = inspectDatabaseFile(partial, 'full');
    if (!inspection.ok) return this.fail(partial, `verification failed: ${inspection.reason}`);
    try {
      fsyncFile(partial);
      let stamp = takenAt;
      // Two backups in the same millisecond (tests, a fast quit): never overwrite the earlier one.
      while (existsSync(join(this.dir, backupFileName(stamp, inspection.userVersion)))) stamp++;
      const file = backupFileName(stamp, inspection.userVersion);
      const path = join(this.dir, file);
      renameSync(partial, path);
      fsyncFolderOf(path);
      const backup: BackupInfo = { path, file, takenAt: stamp, schemaVersion: inspection.userVersion };
      return { ok: true, backup, removed: this.rotate() };
    } catch (error) {
      return this.fail(partial, `saving it failed: ${messageOf(error)}`);
    }
  }

  /** Keeps the newest `keep` backups; runs only after a new one was verified and renamed into place. */
  private rotate(): string[] {
    const extra = this.list().slice(this.keep);
    for (const backup of extra) rmSync(backup.path, { force: true });
    return extra.map((backup) => backup.file);
  }

  private partialPath(takenAt: number): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${backupFileName(takenAt, 0)}${PARTIAL}`);
  }

  private fail(partial: string, reason: string): BackupOutcome {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${suffix}`, { force: true });
    this.log(`Backup not kept: ${reason}`);
    return { ok: false, reason };
  }
}

/** Copies a verified backup over `target` atomically (partial copy, fsync, rename). */
export function restoreBackup(backup: BackupInfo, target: string): void {
  const partial = `${target}${PARTIAL}`;
  copyFileSync(backup.path, partial);
  fsyncFile(partial);
  renameSync(partial, target);
  fsyncFolderOf(target);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
