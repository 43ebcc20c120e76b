// Opens the app's data file the safe way: check (restore if damaged), back up before migrating, open, schedule backups.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../store';
import { AutomaticBackups, type AutomaticBackupsOptions } from './automatic-backups';
import { BackupStore } from './backup-store';
import { prepareDataFile, type StartupNotice } from './prepare-data-file';

export const BACKUPS_FOLDER = 'backups';
export const DAMAGED_FOLDER = 'damaged';

export interface OpenDataFileOptions {
  dataDir: string;
  fileName: string;
  automatic?: AutomaticBackupsOptions;
  log?: (message: string) => void;
  /** False for a second process (the CLI) that must not touch answers the running app is still writing. */
  recoverInterrupted?: boolean;
}

export interface OpenedDataFile {
  db: Database;
  startupNotices: StartupNotice[];
  /** Call beforeClose() before closing db: it finishes a running backup or takes one at quit when due. */
  backups: AutomaticBackups;
  /** The backups folder (media collection keeps every file a backup lists). */
  backupStore: BackupStore;
}

export function openDataFile(options: OpenDataFileOptions): OpenedDataFile {
  const dbPath = join(options.dataDir, options.fileName);
  const store = new BackupStore({ dir: join(options.dataDir, BACKUPS_FOLDER), log: options.log });
  const startupNotices = prepareDataFile({
    dbPath,
    damagedRoot: join(options.dataDir, DAMAGED_FOLDER),
    backups: store,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    log: options.log,
  });
  const db = openDatabase(dbPath, { recoverInterrupted: options.recoverInterrupted });
  const backups = new AutomaticBackups(store, db, options.automatic);
  backups.start();
  return { db, startupNotices, backups, backupStore: store };
}
