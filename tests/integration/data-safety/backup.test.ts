// Automatic backups: keep the newest 3 (each verified), reject a corrupt one, restore a damaged data file at start-up.
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  BackupStore,
  DataFileUnreadableError,
  inspectDatabaseFile,
  openDataFile,
  type OpenedDataFile,
} from '../../../main/services/backup';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openDatabase } from '../../../main/services/store';
import { populate, tableCounts } from '../../fixtures/user-data';

const root = mkdtempSync(join(tmpdir(), 'mea-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const FILE = 'data.db';
const DAY = 24 * 60 * 60 * 1000;
const summary = { kept: 0, corruptRejected: 0, recovered: 0, expected: 0, damageKinds: 0 };

const opened: OpenedDataFile[] = [];
afterEach(async () => {
  for (const file of opened.splice(0)) {
    await file.backups.beforeClose();
    if (file.db.open) file.db.close();
  }
});

function freshDir(): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

function clock(start = Date.UTC(2026, 0, 10, 8, 0, 0)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Opens like the app does, with the start-up backup timer pushed out of the way. */
function open(dir: string, log: string[] = []): OpenedDataFile {
  const file = openDataFile({
    dataDir: dir,
    fileName: FILE,
    automatic: { startDelayMs: 3_600_000 },
    log: (line) => log.push(line),
  });
  opened.push(file);
  return file;
}

/** Overwrites `pages` pages in the middle of the file with garbage (header left intact). */
function garbleMiddle(path: string, pages = 3): void {
  const size = statSync(path).size;
  const offset = Math.floor(size / 2 / 4096) * 4096;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096 * pages, 0xab), 0, 4096 * pages, offset);
  closeSync(fd);
}

describe('BackupStore', () => {
  it('keeps the newest 3 verified backups, deleting older ones only after a new one is verified', async () => {
    const dir = freshDir();
    const time = clock();
    const db = openDatabase(join(dir, FILE));
    populate(db);
    const store = new BackupStore({ dir: join(dir, 'backups'), now: time.now, log: () => undefined });
    const taken: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await store.backupLive(db);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) taken.push(outcome.backup.file);
      time.advance(DAY);
    }
    const expected = tableCounts(db);
    db.close();
    const kept = store.list();
    expect(kept.map((b) => b.file)).toEqual(taken.slice(2).reverse());
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(taken.slice(2).sort());
    for (const backup of kept) {
      expect(backup.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(inspectDatabaseFile(backup.path, 'full')).toMatchObject({ ok: true, userVersion: LATEST_SCHEMA_VERSION });
      const copy = new BetterSqlite3(backup.path, { readonly: true });
      expect(tableCounts(copy)).toEqual(expected);
      copy.close();
    }
    summary.kept = kept.length;
  });

  it('rejects a backup that fails integrity_check: deleted, logged, never replacing a good one', async () => {
    const dir = freshDir();
    const time = clock();
    const path = join(dir, FILE);
    const db = openDatabase(path);
    populate(db, 20);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const log: string[] = [];
    const store = new BackupStore({ dir: join(dir, 'backups'), now: time.now, log: (line) => log.push(line) });
    const good = await store.backupLive(db);
    expect(good.ok).toBe(true);
    db.close();

    // The online backup copies pages as they are, so a damaged page in the source ends up in the copy.
    garbleMiddle(path);
    time.advance(DAY);
    const damaged = new BetterSqlite3(path);
    const outcome = await store.backupLive(damaged);
    damaged.close();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/verification failed|backup failed/);
    expect(log.join('\n')).toMatch(/Backup not kept/);
    expect(store.list().map((b) => b.file)).toEqual([good.ok ? good.backup.file : '']);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    summary.corruptRejected++;
  });

  it('skips a corrupt newest backup when choosing one to restore', async () => {
    const dir = freshDir();
    const time = clock();
    const db = openDatabase(join(dir, FILE));
    populate(db, 10);
    const log: string[] = [];
    const store = new BackupStore({ dir: join(dir, 'backups'), now: time.now, log: (line) => log.push(line) });
    const older = await store.backupLive(db);
    time.advance(DAY);
    const newer = await store.backupLive(db);
    db.close();
    if (!older.ok || !newer.ok) throw new Error('backups failed');
    garbleMiddle(newer.backup.path);
    expect(store.newestUsable(LATEST_SCHEMA_VERSION)?.file).toBe(older.backup.file);
    expect(log.join('\n')).toContain(`Backup ${newer.backup.file} cannot be used`);
    summary.corruptRejected++;
  });

  it('is due when there is no backup or the newest is a day old', async () => {
    const dir = freshDir();
    const time = clock();
    const db = openDatabase(join(dir, FILE));
    const store = new BackupStore({ dir: join(dir, 'backups'), now: time.now });
    expect(store.isDue()).toBe(true);
    await store.backupLive(db);
    db.close();
    expect(store.isDue()).toBe(false);
    time.advance(DAY - 1);
    expect(store.isDue()).toBe(false);
    time.advance(1);
    expect(store.isDue()).toBe(true);
  });
});

describe('start-up check and restore', () => {
  /** A data file with rows and one backup of exactly those rows; returns the expected counts. */
  async function withBackup(dir: string): Promise<Record<string, number>> {
    const first = open(dir);
    populate(first.db, 5);
    const expected = tableCounts(first.db);
    await first.backups.beforeClose(); // no backup yet: quit takes one
    first.db.close();
    opened.pop();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    return expected;
  }

  const damages: Array<[string, (path: string) => void]> = [
    ['garbage pages in the middle', (path) => garbleMiddle(path, 4)],
    ['truncated to half', (path) => truncateSync(path, Math.floor(statSync(path).size / 2))],
    ['header overwritten (not a database)', (path) => writeFileSync(path, Buffer.alloc(8192, 0x55))],
    ['emptied to zero bytes', (path) => truncateSync(path, 0)],
  ];

  it.each(damages)('restores the newest backup when the file is %s, keeping the damaged file', async (_, damage) => {
    const dir = freshDir();
    const expected = await withBackup(dir);
    const path = join(dir, FILE);
    damage(path);
    const damagedBytes = readFileSync(path);

    const log: string[] = [];
    const second = open(dir, log);
    expect(tableCounts(second.db)).toEqual(expected);
    expect(second.startupNotices).toHaveLength(1);
    const [notice] = second.startupNotices;
    expect(notice?.kind).toBe('restored');
    expect(notice?.message).toMatch(
      /^Your data file was damaged\. It was restored from the backup of \d{4}-\d\d-\d\d \d\d:\d\d UTC; the damaged file is kept in .+\.$/,
    );
    expect(notice?.message).toContain(notice?.damagedPath ?? '?');
    // The user's damaged file is kept byte for byte, never deleted.
    expect(readFileSync(join(notice?.damagedPath ?? '', FILE)).equals(damagedBytes)).toBe(true);
    expect(log.join('\n')).toMatch(/is damaged/);
    const recovered = Object.values(tableCounts(second.db)).reduce((a, b) => a + b, 0);
    summary.recovered += recovered;
    summary.expected += Object.values(expected).reduce((a, b) => a + b, 0);
    summary.damageKinds++;
  });

  it('says so clearly when no backup is usable, and keeps the damaged file aside', () => {
    const dir = freshDir();
    const first = open(dir);
    populate(first.db);
    first.db.close();
    opened.pop();
    garbleMiddle(join(dir, FILE), 6);
    rmSync(join(dir, 'backups'), { recursive: true, force: true });

    const second = open(dir);
    const [notice] = second.startupNotices;
    expect(notice?.kind).toBe('unrecoverable');
    expect(notice?.message).toMatch(/no usable backup was found.*The damaged file is kept in /);
    expect(existsSync(join(notice?.damagedPath ?? '', FILE))).toBe(true);
    expect(tableCounts(second.db).conversations).toBe(0);
  });

  it('puts the damaged file back when the restore itself fails, so the next start tries again', async () => {
    const dir = freshDir();
    await withBackup(dir);
    const path = join(dir, FILE);
    garbleMiddle(path, 4);
    const damagedBytes = readFileSync(path);
    mkdirSync(`${path}.partial`); // the restore's copy target cannot be written
    expect(() => open(dir)).toThrow(/restoring backup-.* failed/);
    expect(readFileSync(path).equals(damagedBytes)).toBe(true);
    rmSync(`${path}.partial`, { recursive: true });
    expect(open(dir).startupNotices[0]?.kind).toBe('restored');
  });

  it('leaves a file it cannot read (not damage: e.g. a folder in its place) untouched and says why', () => {
    const dir = freshDir();
    mkdirSync(join(dir, FILE));
    expect(() => open(dir)).toThrow(DataFileUnreadableError);
    expect(statSync(join(dir, FILE)).isDirectory()).toBe(true);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });

  it('backs up a file before migrating it, so the migration can be undone', () => {
    const dir = freshDir();
    const old = openDatabase(join(dir, FILE), { migrations: MIGRATIONS.slice(0, 3) });
    old.prepare(`INSERT INTO conversations (title, created_at, updated_at) VALUES ('before', 1, 1)`).run();
    old.close();

    const file = open(dir);
    expect(file.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const backups = new BackupStore({ dir: join(dir, 'backups') }).list();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.schemaVersion).toBe(3);
    const copy = new BetterSqlite3(backups[0]?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT title FROM conversations').pluck().all()).toEqual(['before']);
    copy.close();
  });

  it('leaves a healthy, current file alone and takes the daily backup in the background', async () => {
    const dir = freshDir();
    const first = open(dir);
    populate(first.db);
    await first.backups.runIfDue();
    expect(new BackupStore({ dir: join(dir, 'backups') }).list()).toHaveLength(1);
    // Not due again the same day, at quit either.
    await first.backups.beforeClose();
    expect(new BackupStore({ dir: join(dir, 'backups') }).list()).toHaveLength(1);
    first.db.close();
    opened.pop();
    const second = open(dir);
    expect(second.startupNotices).toEqual([]);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);

    console.log(
      `backup: ${summary.kept} kept, ${summary.corruptRejected} corrupt backups rejected, ` +
        `restore recovered ${summary.recovered}/${summary.expected} rows across ${summary.damageKinds} kinds of damage`,
    );
  });
});
