// Hostile or broken .apkg files give clear InterchangeFormatErrors, never crashes or huge allocations.
import BetterSqlite3 from 'better-sqlite3';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportApkg, importApkg, InterchangeFormatError } from '../../../../main/services/flashcards/interchange';

const DECKS = [{ name: 'D', notes: [{ type: 'basic' as const, front: 'f', back: 'b', tags: [] }] }];

function expectFormatError(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InterchangeFormatError);
  expect((caught as Error).message).toMatch(message);
}

describe('hostile .apkg input', () => {
  it('refuses bytes that are not a zip', () => {
    expectFormatError(() => importApkg(strToU8('front,back\nnot,a zip\n')), /not a valid zip archive/);
    expectFormatError(() => importApkg(new Uint8Array()), /not a valid zip archive/);
  });

  it('refuses a zip without a collection', () => {
    expectFormatError(() => importApkg(zipSync({ 'notes.txt': strToU8('hello') })), /holds no collection\.anki2/);
  });

  it('refuses a collection that is not SQLite, and a truncated one', () => {
    expectFormatError(
      () => importApkg(zipSync({ 'collection.anki2': strToU8('definitely not sqlite'.repeat(100)) })),
      /collection\.anki2 is not a readable Anki collection/,
    );
    const collection = unzipSync(exportApkg(DECKS))['collection.anki2'] ?? new Uint8Array();
    expectFormatError(
      () => importApkg(zipSync({ 'collection.anki2': collection.subarray(0, 2048) })),
      /not a readable Anki collection/,
    );
  });

  it('refuses a SQLite file without Anki tables', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE other (x)');
    const bytes = new Uint8Array(db.serialize());
    db.close();
    expectFormatError(
      () => importApkg(zipSync({ 'collection.anki2': bytes })),
      /collection\.anki2 is not an Anki collection: it has no col, notes, cards, revlog tables/,
    );
  });

  it('caps the uncompressed size before inflating (zip bomb)', () => {
    // 16 MiB of zeros compresses to ~16 KiB; a 1 MiB cap must refuse it without inflating.
    const bomb = zipSync({ 'collection.anki2': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    expectFormatError(() => importApkg(bomb, { limits: { maxTotalBytes: 1024 * 1024 } }), /more than 1 MiB/);
  });

  it('caps the number of entries', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i += 1) many[String(i)] = new Uint8Array([i]);
    expectFormatError(() => importApkg(zipSync(many), { limits: { maxEntries: 20 } }), /more than 20 entries/);
  });

  it('refuses a collection whose note types are not JSON', () => {
    const db = new BetterSqlite3(Buffer.from(unzipSync(exportApkg(DECKS))['collection.anki2'] ?? []));
    db.prepare("UPDATE col SET models = '{broken'").run();
    const bytes = new Uint8Array(db.serialize());
    db.close();
    expectFormatError(() => importApkg(zipSync({ 'collection.anki2': bytes })), /col\.models is not a JSON object/);
  });
});
