// .apkg export -> import gives back exactly the decks that went in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportApkg,
  importApkg,
  importApkgFile,
  writeApkgFile,
  type InterchangeDeck,
} from '../../../../main/services/flashcards/interchange';
import { SAMPLE_DECKS } from './sample-decks';

function withoutGuids(decks: InterchangeDeck[]): InterchangeDeck[] {
  return decks.map((d) => ({ name: d.name, notes: d.notes.map(({ guid: _guid, ...note }) => note) }));
}

describe('apkg round trip', () => {
  it('keeps fronts, backs, tags, deck names and cloze exactly', () => {
    const result = importApkg(exportApkg(SAMPLE_DECKS));
    expect(result.warnings).toEqual([]);
    expect(withoutGuids(result.decks)).toEqual(SAMPLE_DECKS);
  });

  it('gives each note a guid that stays the same on the next export (Anki updates, no duplicates)', () => {
    const first = importApkg(exportApkg(SAMPLE_DECKS, { now: () => 1_700_000_000_000 }));
    const second = importApkg(exportApkg(first.decks, { now: () => 1_800_000_000_000 }));
    const guids = (r: typeof first) => r.decks.flatMap((d) => d.notes.map((n) => n.guid));
    expect(guids(first).every((g) => typeof g === 'string' && g.length > 0)).toBe(true);
    expect(new Set(guids(first)).size).toBe(guids(first).length);
    expect(guids(second)).toEqual(guids(first));
    expect(importApkg(exportApkg(SAMPLE_DECKS)).decks.flatMap((d) => d.notes.map((n) => n.guid))).toEqual(guids(first));
  });

  it('keeps two identical notes apart', () => {
    const note = { type: 'basic' as const, front: 'Same', back: 'Same', tags: [] };
    const result = importApkg(exportApkg([{ name: 'Dup', notes: [note, note] }]));
    const [a, b] = result.decks[0]?.notes ?? [];
    expect(a?.front).toBe('Same');
    expect(a?.guid).not.toBe(b?.guid);
  });

  it('writes and reads files on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mea-apkg-'));
    try {
      const path = join(dir, 'deck.apkg');
      await writeApkgFile(path, SAMPLE_DECKS);
      expect(withoutGuids((await importApkgFile(path)).decks)).toEqual(SAMPLE_DECKS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad decks with a message naming the deck and note', () => {
    expect(() => exportApkg([])).toThrow(/no decks/);
    expect(() => exportApkg([{ name: 'A::::B', notes: [] }])).toThrow(/empty "::" level/);
    expect(() =>
      exportApkg([
        { name: 'A', notes: [] },
        { name: ' a ', notes: [] },
      ]),
    ).toThrow(/listed twice/);
    expect(() =>
      exportApkg([{ name: 'Cardio', notes: [{ type: 'cloze', front: 'no deletion', back: '', tags: [] }] }]),
    ).toThrow(/Deck "Cardio", note 1: a cloze note needs/);
    expect(() =>
      exportApkg([{ name: 'Cardio', notes: [{ type: 'basic', front: '  ', back: 'x', tags: [] }] }]),
    ).toThrow(/note 1: the front is empty/);
  });

  it('turns spaces inside tags into underscores, as Anki requires', () => {
    const decks = [
      { name: 'T', notes: [{ type: 'basic' as const, front: 'f', back: 'b', tags: ['high yield', ' a '] }] },
    ];
    expect(importApkg(exportApkg(decks)).decks[0]?.notes[0]?.tags).toEqual(['high_yield', 'a']);
  });
});
