// Tags imported from decks stay editable through the contract: an Anki package whose notes carry dozens of
// long hierarchical tags is imported and its card saved back with those tags over IPC; a CSV file with
// tags this app cannot store keeps its cards, leaves those tags out and says so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../main/services/app/create-app';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import { LIMITS } from '../../../preload/contract/limits';
import { slideDeck } from '../../fixtures/anki/slide-deck';
import { writeAnkiPackage } from '../../fixtures/anki/write-anki-package';
import { FakeLauncher } from '../../unit/model-host/fake-host';
import { callApp } from '../support/app-under-test';

const dir = mkdtempSync(join(tmpdir(), 'mea-tag-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = () =>
  createApp({
    dataDir: mkdtempSync(join(dir, 'data-')),
    launcher: new FakeLauncher(),
    events: { emit: () => undefined },
    pickFile: async () => null,
    version: '0.0.0-test',
    threadCalibration: false,
  });

describe('imported tags', () => {
  it('an Anki note with 80 long hierarchical tags is imported whole and saved back through the contract', async () => {
    const tags = Array.from(
      { length: 80 },
      (_, i) =>
        `#AK_Step1_v12::#B&B::16_Neuro::02_Nervous_System_Structures::${String(i).padStart(2, '0')}_Spinal_Cord`,
    );
    const content = slideDeck(1);
    content.notes[0]!.tags = tags;
    const path = join(dir, 'tagged.apkg');
    writeFileSync(path, writeAnkiPackage(content));
    const running = app();
    const summary = await callApp<{ warnings: string[] }>(running, 'cards:import', { path });
    expect(summary.warnings).toEqual([]);
    const [deck] = await callApp<{ id: number }[]>(running, 'decks:list', {});
    const page = await callApp<{ cards: FlashCard[] }>(running, 'cards:list', {
      deckId: deck!.id,
      offset: 0,
      limit: 5,
    });
    const card = page.cards[0]!;
    expect(card.tags).toEqual([...tags].sort());
    // What the editor sends when the student edits the tags: every tag back, plus one.
    const updated = await callApp<FlashCard>(running, 'cards:update', {
      id: card.id,
      patch: { tags: [...card.tags, 'reviewed'] },
    });
    expect(updated.tags).toHaveLength(81);
    await running.close();
  });

  it('a CSV row with a tag over the cap keeps its card, leaves that tag out and warns', async () => {
    const tooLong = `#${'x'.repeat(LIMITS.tagChars)}`;
    const path = join(dir, 'tags.csv');
    writeFileSync(
      path,
      `front,back,tags\nWhat is DKA?,Ketoacidosis,endo ${tooLong}\nWhat is AKI?,Kidney injury,renal\n`,
    );
    const running = app();
    const summary = await callApp<{ cardsAdded: number; warnings: string[] }>(running, 'cards:import', { path });
    expect(summary.cardsAdded).toBe(2);
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(
      /^1 card\(s\) had tags this app cannot store .* those tags were left out: "#x+…"$/,
    );
    const [deck] = await callApp<{ id: number }[]>(running, 'decks:list', {});
    const page = await callApp<{ cards: FlashCard[] }>(running, 'cards:list', {
      deckId: deck!.id,
      offset: 0,
      limit: 5,
    });
    expect(page.cards.map((c) => [c.front, c.tags])).toEqual([
      ['What is DKA?', ['endo']],
      ['What is AKI?', ['renal']],
    ]);
    await running.close();
  });
});
