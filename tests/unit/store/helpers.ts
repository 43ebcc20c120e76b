// Shared test helpers: temp database files that clean themselves up, and a controllable clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach } from 'vitest';

/** Returns a function giving fresh file paths in a temp dir removed after each test. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'mea-store-'));
    dirs.push(dir);
    return join(dir, 'app.sqlite');
  };
}

/** Closes every handle registered during a test, even when the test fails half-way. */
export function useHandles(): (db: Database) => Database {
  const handles: Database[] = [];
  afterEach(() => {
    for (const db of handles.splice(0)) if (db.open) db.close();
  });
  return (db) => {
    handles.push(db);
    return db;
  };
}

export interface FakeClock {
  now: () => number;
  advance(ms: number): void;
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let time = start;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
  };
}

export function tableNames(db: Database): string[] {
  return db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
}
