// Anki declares its name columns (note types, fields, templates, decks, tags) with its own
// "unicase" collation. SQLite here does not have it and then cannot read those tables at all
// (fields and templates are WITHOUT ROWID tables whose only b-tree carries the name). On the
// in-memory copy of a package's collection, the schema text is switched to NOCASE instead: the
// reader only scans these tables and orders by integer columns, so index order never matters.
import type { Database } from 'better-sqlite3';

const ANKI_COLLATION = /collate\s+unicase\b/gi;

/** Rewrites "collate unicase" to "collate nocase" in the schema and reloads it; no-op when absent. */
export function substituteAnkiCollation(db: Database): void {
  const rows = db.prepare("SELECT rowid, sql FROM sqlite_master WHERE sql LIKE '%unicase%'").all() as {
    rowid: number;
    sql: string;
  }[];
  if (rows.length === 0) return;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const update = db.prepare('UPDATE sqlite_master SET sql = ? WHERE rowid = ?');
    for (const row of rows) update.run(row.sql.replace(ANKI_COLLATION, 'collate nocase'), row.rowid);
    db.pragma('writable_schema = RESET');
  } finally {
    db.unsafeMode(false);
  }
}
