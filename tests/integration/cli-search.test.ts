// `npm run cli -- search …` as a user runs it: a temporary data folder filled by `decks import` of a
// TSV file, then ranked cards as JSON and text, a deck filter, the relevance threshold, and bad
// input ending with one clear line and exit code 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

let dir: string;
let dataDir: string;

const cli = runCli;

type Row = { deck: string; front: string; back: string; score: number };

function search(...args: string[]): Row[] {
  const result = cli('search', ...args, '--data-dir', dataDir, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Row[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-search-'));
  dataDir = join(dir, 'data');
  const deckFile = (name: string, lines: string[]) => {
    const path = join(dir, `${name}.tsv`);
    writeFileSync(path, ['#separator:tab', '#html:false', '#deck column:3', ...lines].join('\n') + '\n');
    return path;
  };
  const cards = deckFile('cards', [
    'Management of myocardial infarction?\tAspirin and primary PCI\tCardiology',
    'ECG change in myocardial infarction?\tST elevation\tCardiology',
    'Causes of hypokalemia?\tDiuretics and vomiting\tRenal',
    'Which ion falls with loop diuretics?\tPotassium: hypokalemia\tRenal',
    'Treatment of gout?\tColchicine or an NSAID\tRheumatology',
  ]);
  const imported = cli('decks', 'import', cards, '--data-dir', dataDir, '--json');
  expect(imported.stderr).toBe('');
  expect(JSON.parse(imported.stdout)).toMatchObject({ decks: 3, cards: 5 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('search', () => {
  it('prints ranked cards as JSON, an abbreviation finding the spelt-out term', () => {
    const rows = search('MI treatment');
    expect(rows[0]).toEqual({
      deck: 'Cardiology',
      front: 'Management of myocardial infarction?',
      back: 'Aspirin and primary PCI',
      score: 1,
    });
    expect(rows.map((row) => row.front)).toContain('ECG change in myocardial infarction?');
    expect(rows.every((row) => row.score >= 0.45 && row.score <= 1)).toBe(true);
    expect(rows.map((row) => row.score)).toEqual([...rows.map((row) => row.score)].sort((a, b) => b - a));
  });

  it('keeps to one deck with --deck and to N cards with --limit', () => {
    expect(search('low potassium', '--deck', 'Renal').map((row) => row.front)).toEqual([
      'Causes of hypokalemia?',
      'Which ion falls with loop diuretics?',
    ]);
    expect(search('low potassium', '--deck', 'Cardiology')).toEqual([]);
    expect(search('hypokalemia', '--limit', '1')).toHaveLength(1);
  });

  it('lists nothing for a question the cards do not answer unless --min-score 0 asks for every match', () => {
    expect(search('treatment of kawasaki disease gout')).toEqual([]);
    const everything = search('treatment of kawasaki disease gout', '--min-score', '0');
    expect(everything[0]?.front).toBe('Treatment of gout?');
    expect(everything[0]!.score).toBeLessThan(0.45);
  });

  it('prints numbered cards with scores as text', () => {
    const result = cli('search', 'what causes hypoK', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('1. [1.00] Renal: Causes of hypokalemia?');
    expect(result.stdout).toContain('   Diuretics and vomiting');
    expect(cli('search', 'zebra stripes', '--data-dir', dataDir).stdout).toBe('No relevant cards.\n');
  });

  it('ends bad input with one line and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['search', '--data-dir', dataDir], /search needs a query/],
      [['search', 'gout', '--deck', 'Nope', '--data-dir', dataDir], /no deck named "Nope"/],
      [['search', 'gout', '--limit', '0', '--data-dir', dataDir], /--limit must be an integer from 1 to 100/],
      [['search', 'gout', '--min-score', 'x', '--data-dir', dataDir], /--min-score must be a number/],
      [['search', 'gout', '--data-dir', join(dir, 'missing')], /no app data in/],
      [['search', 'gout', 'extra', '--data-dir', dataDir], /one query/],
    ];
    for (const [args, message] of cases) {
      const result = cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});
