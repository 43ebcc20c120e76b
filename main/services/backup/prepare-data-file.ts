// Start-up check of the data file before it is opened: restore a damaged one from a backup, back up before migrating.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compactTimestamp } from './backup-names';
import { restoreBackup, type BackupStore } from './backup-store';
import { fsyncFolderOf } from './durable-files';
import { inspectDatabaseFile } from './inspect-database-file';

/** A message for the user about what happened to their data at start-up (shown once, as a banner). */
export interface StartupNotice {
  kind: 'restored' | 'unrecoverable';
  message: string;
  /** Folder that now holds the damaged file (and its -wal/-shm). */
  damagedPath: string;
  /** When the backup that was restored was taken (epoch ms); null when none could be used. */
  backupTakenAt: number | null;
}

export interface PrepareDataFileOptions {
  dbPath: string;
  /** Damaged files are moved into <damagedRoot>/<timestamp>/, never deleted. */
  damagedRoot: string;
  backups: BackupStore;
  /** The schema version this build migrates to; an older file is backed up first. */
  latestSchemaVersion: number;
  now?: () => number;
  log?: (message: string) => void;
}

/** Thrown when the file cannot be read for a reason that says nothing about its bytes (permission, lock). */
export class DataFileUnreadableError extends Error {
  constructor(path: string, reason: string) {
    super(`The data file ${path} could not be opened safely (${reason}). It was left as it is.`);
    this.name = 'DataFileUnreadableError';
  }
}

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Returns the notices to show; throws DataFileUnreadableError instead of guessing when it cannot tell. */
export function prepareDataFile(options: PrepareDataFileOptions): StartupNotice[] {
  const { dbPath, backups } = options;
  const log = options.log ?? ((message) => console.warn(message));
  backups.removePartials();
  if (!existsSync(dbPath)) return []; // first start (or the user removed it on purpose)

  const inspection = inspectDatabaseFile(dbPath, 'quick');
  if (!inspection.ok && !inspection.damaged) throw new DataFileUnreadableError(dbPath, inspection.reason);
  // A file emptied to zero bytes still opens as a valid, empty database: with backups around, that is damage.
  const emptied = inspection.ok && inspection.userVersion === 0 && inspection.tables === 0 && backups.newest() !== null;
  if (inspection.ok && !emptied) {
    if (inspection.userVersion > 0 && inspection.userVersion < options.latestSchemaVersion) {
      // So that a migration can be undone by hand; a failed snapshot is logged and start-up goes on.
      backups.snapshotFile(dbPath);
    }
    return [];
  }

  const reason = inspection.ok ? 'the file is empty' : inspection.reason;
  log(`Data file ${dbPath} is damaged (${reason}); moving it aside`);
  const damagedPath = moveAside(dbPath, join(options.damagedRoot, compactTimestamp((options.now ?? Date.now)())));
  const backup = backups.newestUsable(options.latestSchemaVersion);
  if (backup === null) {
    return [
      {
        kind: 'unrecoverable',
        message:
          `Your data file was damaged and no usable backup was found, so the app started with an empty data file. ` +
          `The damaged file is kept in ${damagedPath}.`,
        damagedPath,
        backupTakenAt: null,
      },
    ];
  }
  try {
    restoreBackup(backup, dbPath);
  } catch (error) {
    // E.g. a full disk: put the damaged file back so the next start tries again instead of starting empty.
    moveBack(damagedPath, dbPath);
    throw new DataFileUnreadableError(dbPath, `restoring ${backup.file} failed: ${String(error)}`);
  }
  log(`Data file restored from ${backup.file}`);
  return [
    {
      kind: 'restored',
      message:
        `Your data file was damaged. It was restored from the backup of ${formatUtc(backup.takenAt)}; ` +
        `the damaged file is kept in ${damagedPath}.`,
      damagedPath,
      backupTakenAt: backup.takenAt,
    },
  ];
}

/** Moves the database and its -wal/-shm/-journal into `folder` (same volume: a rename, no copy). */
function moveAside(dbPath: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const suffix of COMPANIONS) {
    const from = `${dbPath}${suffix}`;
    if (existsSync(from)) renameSync(from, join(folder, `${basename(dbPath)}${suffix}`));
  }
  fsyncFolderOf(dbPath);
  return folder;
}

function moveBack(folder: string, dbPath: string): void {
  try {
    rmSync(`${dbPath}.partial`, { force: true });
  } catch {
    // Not ours to remove (a folder of that name): leave it.
  }
  for (const suffix of COMPANIONS) {
    const from = join(folder, `${basename(dbPath)}${suffix}`);
    if (existsSync(from)) renameSync(from, `${dbPath}${suffix}`);
  }
}

function formatUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
