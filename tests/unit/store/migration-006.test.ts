// Migration 006 (the media table) on a file written before it existed, and the table's own checks.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, readUserVersion } from '../../../main/services/store';
import { media } from '../../../main/services/store/migrations/006-media';
import { tableNames, useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();

const BEFORE = MIGRATIONS.findIndex((migration) => migration === media);
const HASH = 'ab'.repeat(32);

describe('migration 006: media', () => {
  it('is version 6, right after the migrations before it', () => {
    expect(media.version).toBe(6);
    expect(BEFORE).toBe(5);
  });

  it('applies to a file of the previous version and keeps its rows', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    // Raw SQL: today's repositories expect columns later migrations add.
    old.prepare(`INSERT INTO conversations (title, created_at, updated_at) VALUES ('Cardiology', 1, 1)`).run();
    expect(tableNames(old)).not.toContain('media');
    old.close();

    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE + 1) }));
    expect(readUserVersion(db)).toBe(6);
    expect(tableNames(db)).toContain('media');
    expect(db.prepare('SELECT title FROM conversations').pluck().all()).toEqual(['Cardiology']);
  });

  it('accepts only lower-case SHA-256 keys, a MIME type and a positive size', () => {
    const db = track(openDatabase(':memory:'));
    const insert = db.prepare('INSERT INTO media (hash, mime, size, created_at) VALUES (?, ?, ?, ?)');
    insert.run(HASH, 'image/png', 10, 1);
    expect(() => insert.run(HASH, 'image/png', 10, 1)).toThrow(/UNIQUE/);
    for (const [hash, mime, size] of [
      [HASH.toUpperCase(), 'image/png', 10],
      [HASH.slice(1), 'image/png', 10],
      [`${'g'.repeat(64)}`, 'image/png', 10],
      ['cd'.repeat(32), '', 10],
      ['cd'.repeat(32), 'image/png', 0],
      ['cd'.repeat(32), 'image/png', 1.5],
    ] as const) {
      expect(() => insert.run(hash, mime, size, 1), `${hash} ${mime} ${size}`).toThrow(/constraint|cannot store/i);
    }
  });
});
