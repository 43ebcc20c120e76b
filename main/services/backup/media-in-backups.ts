// The media files each kept backup lists. Backups copy the database, not the media folder (files never
// change once stored), so a file stays while any backup lists it: restoring that backup shows its images.
import BetterSqlite3 from 'better-sqlite3';
import type { BackupStore } from './backup-store';

/**
 * Hashes from the media table of every kept backup (older backups without one list none). Throws when a
 * backup cannot be read: then nothing may be collected, since its media are unknown.
 */
export function mediaInBackups(store: BackupStore): Set<string> {
  const hashes = new Set<string>();
  for (const backup of store.list()) {
    const db = new BetterSqlite3(backup.path, { readonly: true, fileMustExist: true });
    try {
      const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media'`).pluck().get();
      if (hasTable === undefined) continue;
      for (const hash of db.prepare('SELECT hash FROM media').pluck().iterate()) hashes.add(hash as string);
    } finally {
      db.close();
    }
  }
  return hashes;
}
