// `npm run cli -- decks …` run as a user would, on a temporary data folder: a current-format Anki
// package imported (notes, cards, media, review history counted), listed, exported and imported
// again; bad input ends with one clear line on stderr and exit code 2.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/services/app/create-app';
import { IDS, sampleContent, type FixtureContent } from '../fixtures/anki/package-content';
import { writeAnkiPackage } from '../fixtures/anki/write-anki-package';
import { runCli } from './support/run-cli';

const content = sampleContent();
let dir: string;
let packagePath: string;

const cli = runCli;

function json<T>(result: ReturnType<typeof cli>): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function expectOneLineFailure(result: ReturnType<typeof cli>, pattern: RegExp, code = 2): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(code);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

/** Deck name -> cards the fixture puts there (filtered-deck cards count in their home deck). */
function cardsPerDeck(source: FixtureContent): Record<string, number> {
  const names = new Map(source.decks.map((d) => [d.id, d.name]));
  const counts: Record<string, number> = {};
  for (const card of source.cards) {
    const name = names.get(card.home?.deckId ?? card.did) ?? '?';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

type DeckRow = { id: number; name: string; cards: number; due: number; new: number };
type ImportReport = Record<'decks' | 'notes' | 'cards' | 'media' | 'reviews' | 'updated', number> & {
  warnings: string[];
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-decks-'));
  packagePath = join(dir, 'sample.apkg');
  writeFileSync(packagePath, writeAnkiPackage(content, 'latest'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decks import and list', () => {
  it('imports a current-format package into a new data folder and reports every count', () => {
    const dataDir = join(dir, 'first');
    const report = json<ImportReport>(cli('decks', 'import', packagePath, '--data-dir', dataDir, '--json'));
    expect(report).toEqual({
      decks: Object.keys(cardsPerDeck(content)).length,
      notes: content.notes.length,
      cards: content.cards.length,
      media: content.media.length,
      reviews: content.revlog.length,
      updated: 0,
      warnings: [],
    });
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);

    const decks = json<DeckRow[]>(cli('decks', 'list', '--data-dir', dataDir, '--json'));
    expect(Object.fromEntries(decks.map((d) => [d.name, d.cards]))).toEqual(cardsPerDeck(content));

    const text = cli('decks', 'list', '--data-dir', dataDir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Medicine::Cardiology::ECG\t3 cards');
  });

  it('updates in place on a second import of the same package (nothing duplicated)', () => {
    const dataDir = join(dir, 'twice');
    json<ImportReport>(cli('decks', 'import', packagePath, '--data-dir', dataDir, '--json'));
    const again = json<ImportReport>(cli('decks', 'import', packagePath, '--data-dir', dataDir, '--json'));
    expect(again).toMatchObject({ notes: 0, cards: 0, updated: content.notes.length });
    const decks = json<DeckRow[]>(cli('decks', 'list', '--data-dir', dataDir, '--json'));
    expect(decks.reduce((sum, d) => sum + d.cards, 0)).toBe(content.cards.length);
  });

  it('prints a readable summary without --json', () => {
    const result = cli('decks', 'import', packagePath, '--data-dir', join(dir, 'text'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported .*sample\.apkg into .*: 4 decks, 5 notes, 7 cards, 2 media, 9 reviews/);
  });
});

describe('decks export and import again', () => {
  // Standard note types only: the .apkg exporter writes plain cards and cannot yet write back a
  // rendered cloze card.
  const standardNotes = content.notes.filter((n) => n.noteTypeId !== IDS.cloze);
  const standard: FixtureContent = {
    ...content,
    notes: standardNotes,
    cards: content.cards.filter((c) => standardNotes.some((n) => n.id === c.noteId)),
  };

  it('exports every deck to .apkg, which imports into a fresh folder with the same decks and cards', () => {
    const source = join(dir, 'export-source');
    const standardPath = join(dir, 'standard.apkg');
    writeFileSync(standardPath, writeAnkiPackage(standard, 'latest'));
    json<ImportReport>(cli('decks', 'import', standardPath, '--data-dir', source, '--json'));
    const out = join(dir, 'all.apkg');
    const exported = cli('decks', 'export', '--all', '--out', out, '--data-dir', source);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(new RegExp(`^Exported ${standard.cards.length} cards from \\d+ deck\\(s\\)`));

    const target = join(dir, 'export-target');
    const report = json<ImportReport>(cli('decks', 'import', out, '--data-dir', target, '--json'));
    expect(report.cards).toBe(standard.cards.length);
    const before = json<DeckRow[]>(cli('decks', 'list', '--data-dir', source, '--json'));
    const after = json<DeckRow[]>(cli('decks', 'list', '--data-dir', target, '--json'));
    expect(after.map((d) => [d.name, d.cards])).toEqual(before.map((d) => [d.name, d.cards]));
  });

  it('exports one deck by name to .tsv', () => {
    const source = join(dir, 'first');
    const out = join(dir, 'ecg.tsv');
    const result = cli('decks', 'export', '--deck', 'Medicine::Cardiology', '--out', out, '--data-dir', source);
    expect(result.code).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(rows).toHaveLength(cardsPerDeck(content)['Medicine::Cardiology'] ?? -1);
  });
});

describe('bad input: one line on stderr, exit code 2', () => {
  it('refuses a missing file, a damaged package and an unknown format', () => {
    const dataDir = join(dir, 'bad');
    expectOneLineFailure(cli('decks', 'import', join(dir, 'nope.apkg'), '--data-dir', dataDir), /no such file/);
    const garbage = join(dir, 'garbage.apkg');
    writeFileSync(garbage, 'front,back\n');
    expectOneLineFailure(
      cli('decks', 'import', garbage, '--data-dir', dataDir),
      /^error: This Anki package is not a valid zip archive/,
    );
    const doc = join(dir, 'notes.doc');
    writeFileSync(doc, 'x');
    expectOneLineFailure(cli('decks', 'import', doc, '--data-dir', dataDir), /Cannot import "doc" files/);
  });

  it('refuses list and export on a folder without app data, and leaves no database there', () => {
    const empty = join(dir, 'empty');
    expectOneLineFailure(cli('decks', 'list', '--data-dir', empty), /no app data in .*empty/);
    expectOneLineFailure(
      cli('decks', 'export', '--all', '--out', join(dir, 'x.apkg'), '--data-dir', empty),
      /no app data/,
    );
    expect(existsSync(join(empty, DATABASE_FILE))).toBe(false);
  });

  it('refuses bad export arguments and never overwrites a file', () => {
    const source = join(dir, 'first');
    expectOneLineFailure(
      cli('decks', 'export', '--out', join(dir, 'a.apkg'), '--data-dir', source),
      /--deck NAME or --all/,
    );
    expectOneLineFailure(
      cli('decks', 'export', '--all', '--deck', 'X', '--out', join(dir, 'b.apkg'), '--data-dir', source),
      /--deck NAME or --all/,
    );
    expectOneLineFailure(
      cli('decks', 'export', '--all', '--out', join(dir, 'c.doc'), '--data-dir', source),
      /\.apkg, \.csv or \.tsv/,
    );
    expectOneLineFailure(
      cli('decks', 'export', '--deck', 'Nope', '--out', join(dir, 'd.csv'), '--data-dir', source),
      /no deck named "Nope"/,
    );
    const existing = join(dir, 'existing.csv');
    writeFileSync(existing, 'keep me');
    expectOneLineFailure(cli('decks', 'export', '--all', '--out', existing, '--data-dir', source), /already exists/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expectOneLineFailure(cli('decks', 'list', '--bogus'), /Unknown option '--bogus'/);
    expectOneLineFailure(cli('decks', 'frob'), /unknown decks command "frob"/);
  });

  it('refuses a data file written by a newer app version, leaving it untouched', () => {
    const newer = join(dir, 'newer');
    mkdirSync(newer, { recursive: true });
    const db = new BetterSqlite3(join(newer, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(join(newer, DATABASE_FILE));
    expectOneLineFailure(cli('decks', 'list', '--data-dir', newer), /written by a newer version of the app/);
    expectOneLineFailure(cli('decks', 'import', packagePath, '--data-dir', newer), /newer version of the app/);
    expect(readFileSync(join(newer, DATABASE_FILE)).equals(before)).toBe(true);
  });
});
