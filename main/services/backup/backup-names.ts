// Backup file names: a sortable UTC timestamp plus the schema version, e.g. backup-20261125T054417123Z-v5.db.
const PATTERN = /^backup-(\d{8}T\d{9}Z)-v(\d+)\.db$/;

export interface BackupName {
  file: string;
  /** Epoch milliseconds the backup was taken. */
  takenAt: number;
  schemaVersion: number;
}

/** Compact ISO-8601 (no separators) so that name order is time order. */
export function compactTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:.]/g, '');
}

export function backupFileName(takenAt: number, schemaVersion: number): string {
  return `backup-${compactTimestamp(takenAt)}-v${schemaVersion}.db`;
}

/** Parses a backup file name; null for anything else (partials, stray files). */
export function parseBackupName(file: string): BackupName | null {
  const match = PATTERN.exec(file);
  if (!match) return null;
  const [, t = '', version = ''] = match;
  const iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`;
  const takenAt = Date.parse(iso);
  if (Number.isNaN(takenAt)) return null;
  return { file, takenAt, schemaVersion: Number(version) };
}
