// Checks a file after a kill during migration: a version it fully has, every row, integrity.
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../main/services/store';
import { FIXTURE_VERSION, rowFingerprint, schemaOf, type RowFingerprint } from './migration-fixture';
import type { Problem } from './verify-store';

export function verifyMigratingFile(
  path: string,
  original: RowFingerprint,
  schemas: ReadonlyMap<number, string>,
): { version: number; problems: Problem[] } {
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const problems: Problem[] = [];
    // The whole upgrade commits together with its user_version bump: old or new, and exactly that version's schema.
    if ((version !== FIXTURE_VERSION && version !== LATEST_SCHEMA_VERSION) || schemaOf(db) !== schemas.get(version)) {
      problems.push({ kind: 'half', detail: `user_version ${version} with a schema that does not match it` });
    }
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push({ kind: 'corrupt', detail: `integrity_check: ${String(integrity)}` });
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      problems.push({ kind: 'corrupt', detail: `${violations.length} foreign key violations` });
    const rows = rowFingerprint(db);
    if (JSON.stringify(rows) !== JSON.stringify(original)) {
      problems.push({
        kind: 'lost',
        detail: `rows differ from the version-${FIXTURE_VERSION} file: ${JSON.stringify(rows)}`,
      });
    }
    return { version, problems };
  } finally {
    db.close();
  }
}
