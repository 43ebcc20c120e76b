// The media table: one row per stored file (hash, sniffed MIME type, size, when it was first stored).
import type { Database } from 'better-sqlite3';

export interface MediaRecord {
  hash: string;
  mime: string;
  size: number;
  createdAt: number;
}

interface MediaRow {
  hash: string;
  mime: string;
  size: number;
  created_at: number;
}

const toRecord = (row: MediaRow): MediaRecord => ({
  hash: row.hash,
  mime: row.mime,
  size: row.size,
  createdAt: row.created_at,
});

export class MediaRepository {
  constructor(private readonly db: Database) {}

  get(hash: string): MediaRecord | null {
    const row = this.db.prepare('SELECT hash, mime, size, created_at FROM media WHERE hash = ?').get(hash) as
      MediaRow | undefined;
    return row === undefined ? null : toRecord(row);
  }

  /** Records a file; true when the row is new (a file already recorded keeps its first row). */
  insert(record: MediaRecord): boolean {
    const result = this.db
      .prepare(`INSERT INTO media (hash, mime, size, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`)
      .run(record.hash, record.mime, record.size, record.createdAt);
    return result.changes === 1;
  }

  /** Hashes of rows created before `createdBefore`, oldest first (candidates for collection). */
  hashesCreatedBefore(createdBefore: number): string[] {
    return this.db
      .prepare('SELECT hash FROM media WHERE created_at < ? ORDER BY created_at, hash')
      .pluck()
      .all(createdBefore) as string[];
  }

  /** Deletes the rows of these hashes in one transaction. */
  deleteMany(hashes: readonly string[]): void {
    const remove = this.db.prepare('DELETE FROM media WHERE hash = ?');
    this.db.transaction(() => {
      for (const hash of hashes) remove.run(hash);
    })();
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM media').pluck().get() as number;
  }
}
