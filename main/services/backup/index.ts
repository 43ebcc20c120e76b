// Automatic, verified backups of the data file and restore of a damaged one at start-up.
export {
  BackupStore,
  restoreBackup,
  type BackupInfo,
  type BackupOutcome,
  type BackupStoreOptions,
} from './backup-store';
export { mediaInBackups } from './media-in-backups';
export { AutomaticBackups, type AutomaticBackupsOptions } from './automatic-backups';
export {
  prepareDataFile,
  DataFileUnreadableError,
  type PrepareDataFileOptions,
  type StartupNotice,
} from './prepare-data-file';
export { inspectDatabaseFile, type Inspection } from './inspect-database-file';
export { backupFileName, parseBackupName } from './backup-names';
export {
  openDataFile,
  BACKUPS_FOLDER,
  DAMAGED_FOLDER,
  type OpenDataFileOptions,
  type OpenedDataFile,
} from './open-data-file';
