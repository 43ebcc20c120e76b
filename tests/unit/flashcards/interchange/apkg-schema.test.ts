// An exported .apkg is a zip whose collection.anki2 opens as SQLite with Anki's schema 11 and notes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportApkg } from '../../../../main/services/flashcards/interchange';
import { ANKI_TABLE_COLUMNS } from '../../../../main/services/flashcards/interchange/anki/schema';
import { SAMPLE_DECKS } from './sample-decks';

const NOW = 1_750_000_000_000;
let dir: string;
let db: BetterSqlite3.Database;
let entries: Record<string, Uint8Array>;

beforeAll(() => {
  entries = unzipSync(exportApkg(SAMPLE_DECKS, { now: () => NOW }));
  dir = mkdtempSync(join(tmpdir(), 'mea-apkg-schema-'));
  const path = join(dir, 'collection.anki2');
  writeFileSync(path, entries['collection.anki2'] ?? new Uint8Array());
  // Opened from a real file on disk, as Anki would.
  db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ModelJson {
  name: string;
  type: number;
  flds: { name: string; ord: number }[];
  tmpls: { qfmt: string; afmt: string }[];
}

describe('exported .apkg', () => {
  it('is a zip with collection.anki2 and an empty media map', () => {
    expect(Object.keys(entries).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(entries.media ?? new Uint8Array())).toBe('{}');
    expect(strFromU8((entries['collection.anki2'] ?? new Uint8Array()).subarray(0, 16))).toBe('SQLite format 3\0');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it("has Anki's tables with Anki's columns in order", () => {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    for (const [table, columns] of Object.entries(ANKI_TABLE_COLUMNS)) {
      const actual = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(actual, table).toEqual([...columns]);
    }
    // Spot-check against the published schema directly, not only our own constant.
    expect(ANKI_TABLE_COLUMNS.notes).toEqual([
      'id',
      'guid',
      'mid',
      'mod',
      'usn',
      'tags',
      'flds',
      'sfld',
      'csum',
      'flags',
      'data',
    ]);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(indexes).toEqual([
      'ix_cards_nid',
      'ix_cards_sched',
      'ix_cards_usn',
      'ix_notes_csum',
      'ix_notes_usn',
      'ix_revlog_cid',
      'ix_revlog_usn',
    ]);
  });

  it('has one col row at schema 11 whose models are Basic (Front/Back) and Cloze (Text/Back Extra)', () => {
    const col = db.prepare('SELECT * FROM col').all() as Record<string, string | number>[];
    expect(col).toHaveLength(1);
    expect(col[0]?.ver).toBe(11);
    const models = Object.values(JSON.parse(String(col[0]?.models)) as Record<string, ModelJson>);
    const byName = new Map(models.map((m) => [m.name, m]));
    expect([...byName.keys()].sort()).toEqual(['Basic', 'Cloze']);
    expect(byName.get('Basic')?.type).toBe(0);
    expect(byName.get('Basic')?.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    expect(byName.get('Cloze')?.type).toBe(1);
    expect(byName.get('Cloze')?.flds.map((f) => f.name)).toEqual(['Text', 'Back Extra']);
    expect(byName.get('Cloze')?.tmpls[0]?.qfmt).toBe('{{cloze:Text}}');
    const decks = Object.values(JSON.parse(String(col[0]?.decks)) as Record<string, { name: string }>).map(
      (d) => d.name,
    );
    expect(decks.sort()).toEqual(['Cardiology', 'Default', 'Pharmacology::Antibiotics', 'Renal']);
    expect(Object.keys(JSON.parse(String(col[0]?.dconf)) as object)).toEqual(['1']);
  });

  it('stores notes with Anki fields: \\x1f-joined HTML, padded tags, sfld and sha1 csum', () => {
    const notes = db.prepare('SELECT * FROM notes ORDER BY id').all() as Record<string, string | number>[];
    expect(notes).toHaveLength(6);
    const first = notes[0] ?? {};
    expect(String(first.flds).split('\x1f')).toEqual([
      'Which class is "penicillin"?<br>Answer in one word, please',
      'β-lactam ✓ — 日本語 🫀<br>\tinhibits cell-wall synthesis, e.g. &lt;b&gt;not bold&lt;/b&gt; &amp; &amp;amp; stays',
    ]);
    expect(first.tags).toBe(' pharm high-yield cardio::rhythm ');
    // Anki's strip_html drops <br> without a space; csum must match what Anki computes.
    expect(first.sfld).toBe('Which class is "penicillin"?Answer in one word, please');
    const sha1 = createHash('sha1').update(String(first.sfld)).digest('hex');
    expect(first.csum).toBe(parseInt(sha1.slice(0, 8), 16));
    expect(new Set(notes.map((n) => n.guid)).size).toBe(6);
  });

  it('makes one card per basic note and one per cloze number, in the right deck', () => {
    const decks = JSON.parse(String((db.prepare('SELECT decks FROM col').get() as { decks: string }).decks)) as Record<
      string,
      { name: string }
    >;
    const rows = db
      .prepare(
        'SELECT n.flds AS flds, c.ord AS ord, c.did AS did, c.type AS type, c.queue AS queue FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id',
      )
      .all() as { flds: string; ord: number; did: number; type: number; queue: number }[];
    const summary = rows.map((r) => [r.flds.slice(0, 12), r.ord, decks[String(r.did)]?.name]);
    expect(summary).toEqual([
      ['Which class ', 0, 'Pharmacology::Antibiotics'],
      ['Comma, semic', 0, 'Pharmacology::Antibiotics'],
      ['Trailing new', 0, 'Pharmacology::Antibiotics'],
      ['{{c1::Atrial', 0, 'Cardiology'],
      ['{{c1::Atrial', 1, 'Cardiology'],
      ['Normal K⁺ is', 0, 'Cardiology'],
      ['QT &lt;inter', 0, 'Cardiology'],
    ]);
    // New cards: type 0, queue 0.
    expect(rows.every((r) => r.type === 0 && r.queue === 0)).toBe(true);
  });
});
