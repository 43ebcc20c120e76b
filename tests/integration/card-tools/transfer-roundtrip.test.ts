// Export → wipe → import through the real database: fronts, backs, tags, deck names and cloze survive
// (an .apkg comes back as notes whose fields are the cards' front and back).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FlashcardService } from '../../../main/services/flashcards';
import { TransferService, type TransferFormat } from '../../../main/services/flashcards/transfer';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import { cardContent } from '../support/card-content';

const dir = mkdtempSync(join(tmpdir(), 'mea-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function freshApp() {
  const db = openDatabase(join(dir, `db-${++n}.sqlite`));
  const flashcards = new FlashcardService(db, new SettingsRepository(db));
  return { db, flashcards, transfer: new TransferService(db, flashcards, { importMaxBytes: 1024 * 1024 }) };
}

function snapshot(flashcards: FlashcardService) {
  return flashcards
    .listDecks()
    .map((deck) => ({
      deck: deck.name,
      cards: flashcards
        .listCards({ deckId: deck.id, offset: 0, limit: 100 })
        // One entry per note: an imported cloze note has a card per cloze number, as in Anki.
        .cards.filter((c, i, all) => c.noteId === null || all.findIndex((o) => o.noteId === c.noteId) === i)
        .map((c) => cardContent(flashcards, c))
        .sort((a, b) => a.front.localeCompare(b.front)),
    }))
    .sort((a, b) => a.deck.localeCompare(b.deck));
}

describe.each<TransferFormat>(['apkg', 'csv', 'tsv'])('%s export → import', (format) => {
  it('round-trips every deck without loss and skips duplicates on a second import', async () => {
    const source = freshApp();
    const cardio = source.flashcards.createDeck('Cardio::Arrhythmias');
    const pharm = source.flashcards.createDeck('Pharm, "quoted"');
    const add = (
      deckId: number,
      front: string,
      back: string,
      tags: string[] = [],
      noteType: 'basic' | 'cloze' = 'basic',
    ) => source.flashcards.createCard({ deckId, front, back, tags, noteType });
    add(cardio.id, 'First-line drug for AF rate control?', 'Beta blocker\n(e.g. metoprolol)', ['cardio', 'af']);
    add(cardio.id, 'QT prolongation <risk>?', 'Torsades & "sudden" death');
    add(
      pharm.id,
      'Metformin is a {{c1::biguanide::class}} that lowers {{c2::hepatic glucose}}',
      'Extra: GI upset',
      ['pharm'],
      'cloze',
    );
    add(pharm.id, 'Tab\there, comma, semicolon;', 'ünïcödé ✓', ['tag-with-dash']);
    const before = snapshot(source.flashcards);
    const path = join(dir, `all-${format}.${format}`);
    const receipt = await source.transfer.exportDecks(null, format, path);
    expect(receipt).toMatchObject({ decks: 2, cards: 4, format });
    source.db.close();

    const target = freshApp();
    const summary = await target.transfer.importFile(path);
    // The cloze note {{c1::…}} {{c2::…}} becomes two cards when it comes back through Anki's format.
    expect(summary.cardsAdded).toBe(format === 'apkg' ? 5 : 4);
    expect(summary.duplicatesSkipped).toBe(0);
    expect(summary.decks.map((d) => d.created)).toEqual([true, true]);
    expect(snapshot(target.flashcards)).toEqual(before);

    const again = await target.transfer.importFile(path);
    if (format === 'apkg') {
      // Anki packages carry note GUIDs: the same notes are updated in place, not added again.
      expect(again).toMatchObject({ cardsAdded: 0, anki: { notes: 0, updated: 4 } });
    } else {
      expect(again).toMatchObject({ cardsAdded: 0, duplicatesSkipped: 4 });
    }
    expect(again.decks.every((d) => !d.created)).toBe(true);
    expect(snapshot(target.flashcards)).toEqual(before);
    target.db.close();
  });
});

describe('import errors', () => {
  it('refuses unknown extensions, oversized files and broken .apkg files, saving nothing', async () => {
    const app = freshApp();
    const bad = join(dir, 'notes.docx');
    writeFileSync(bad, 'x');
    await expect(app.transfer.importFile(bad)).rejects.toMatchObject({ code: 'invalid_payload' });
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'a'.repeat(1024 * 1024 + 1));
    await expect(app.transfer.importFile(big)).rejects.toThrow(/import limit/);
    const broken = join(dir, 'broken.apkg');
    writeFileSync(broken, 'not a zip');
    await expect(app.transfer.importFile(broken)).rejects.toMatchObject({ code: 'invalid_payload' });
    await expect(app.transfer.importFile(join(dir, 'missing.apkg'))).rejects.toMatchObject({ code: 'not_found' });
    expect(app.flashcards.listDecks()).toEqual([]);
    app.db.close();
  });
});
