// Opens a SQLite file read-only and checks it, without ever writing to it (no WAL checkpoint).
import BetterSqlite3 from 'better-sqlite3';

export type FileCheck = 'quick' | 'full';

export type Inspection =
  { ok: true; userVersion: number; tables: number } | { ok: false; reason: string; damaged: boolean };

/** SQLite codes that mean the bytes are not a usable database (as opposed to locked or unreadable). */
function isDamageCode(code: unknown): boolean {
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * 'quick' runs PRAGMA quick_check (start-up, O(N)); 'full' runs integrity_check (backups, also
 * checks index contents). `damaged` is false for errors that say nothing about the bytes
 * (permission, busy), so a caller never replaces a good file because it could not read it.
 */
export function inspectDatabaseFile(path: string, check: FileCheck): Inspection {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma(check === 'quick' ? 'quick_check' : 'integrity_check', { simple: false }) as Array<
      Record<string, unknown>
    >;
    const messages = rows.map((row) => String(Object.values(row)[0]));
    if (messages.length !== 1 || messages[0] !== 'ok') {
      return { ok: false, damaged: true, reason: `${check}_check: ${messages.slice(0, 3).join('; ')}` };
    }
    const userVersion = db.pragma('user_version', { simple: true });
    if (typeof userVersion !== 'number') return { ok: false, damaged: true, reason: 'user_version is unreadable' };
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    return { ok: true, userVersion, tables: tables.n };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, damaged: isDamageCode(code), reason: `${String(code ?? 'error')}: ${message}` };
  } finally {
    db?.close();
  }
}
