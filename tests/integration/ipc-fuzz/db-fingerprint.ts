// Two cheap ways to prove nothing was written: SQLite's count of rows changed on the app's own
// connection, and a hash of every row of every table (schema included).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Rows inserted, updated or deleted through this connection since it was opened. */
export function totalChanges(db: Database.Database): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** SHA-256 over sqlite_master and the rows of every table, in a stable order. */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
    sql: string | null;
  }[];
  for (const table of tables) {
    hash.update(`${table.name}\n${table.sql ?? ''}\n`);
    const quoted = `"${table.name.replaceAll('"', '""')}"`;
    for (const row of db.prepare(`SELECT * FROM ${quoted}`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
