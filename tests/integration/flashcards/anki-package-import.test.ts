// A current-format Anki package (.apkg, and the whole-collection .colpkg) imported through the
// transfer service into a real database; hostile packages and failures mid-import save nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FlashcardService } from '../../../main/services/flashcards';
import { TransferService } from '../../../main/services/flashcards/transfer';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import { sampleContent } from '../../fixtures/anki/package-content';
import { writeAnkiPackage } from '../../fixtures/anki/write-anki-package';

const dir = mkdtempSync(join(tmpdir(), 'mea-anki-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function freshApp() {
  const db = openDatabase(join(dir, `db-${++n}.sqlite`));
  const flashcards = new FlashcardService(db, new SettingsRepository(db));
  return { db, flashcards, transfer: new TransferService(db, flashcards) };
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function stored(flashcards: FlashcardService) {
  return flashcards.listDecks().map((deck) => ({
    deck: deck.name,
    cards: flashcards
      .listCards({ deckId: deck.id, offset: 0, limit: 100 })
      .cards.map((c) => ({ type: c.noteType, front: c.front, back: c.back, tags: c.tags }))
      .sort((a, b) => a.front.localeCompare(b.front)),
  }));
}

describe.each(['apkg', 'colpkg'])('importing a current-format .%s', (extension) => {
  it('lands notes, nested decks and tags in the database', async () => {
    const app = freshApp();
    const summary = await app.transfer.importFile(file(`deck-${n}.${extension}`, writeAnkiPackage(sampleContent())));
    // The histology note's front is only an image; until fields render as HTML it has no text.
    expect(summary.cardsAdded).toBe(4);
    expect(summary.decks.map((d) => [d.name, d.added, d.created])).toEqual([
      ['Pharmacology', 1, true],
      ['Medicine::Cardiology', 1, true],
      ['Medicine::Cardiology::ECG', 2, true],
      ['Medicine::Histology', 0, true],
    ]);
    expect(summary.warnings.some((w) => /Support older Anki versions/.test(w))).toBe(false);
    const decks = stored(app.flashcards);
    expect(decks.find((d) => d.deck === 'Medicine::Cardiology::ECG')?.cards).toEqual([
      {
        type: 'cloze',
        front: '{{c1::Atrial fibrillation}} shows an {{c2::irregularly irregular::rhythm}} rhythm',
        back: 'No P waves',
        tags: ['ecg'],
      },
      { type: 'basic', front: 'ST elevation in II, III, aVF?', back: 'Inferior MI', tags: [] },
    ]);
    expect(decks.find((d) => d.deck === 'Pharmacology')?.cards).toEqual([
      {
        type: 'basic',
        front: 'First-line drug for stable angina?',
        back: 'Beta blocker\n(e.g. metoprolol)',
        tags: ['cardio', 'pharm'], // the store keeps tags sorted
      },
    ]);
    app.db.close();
  });
});

describe('nothing is half-imported', () => {
  it('a hostile package is refused before the database is touched', async () => {
    const app = freshApp();
    const damaged = writeAnkiPackage(sampleContent(), 'latest', {
      override: { media: writeAnkiPackage(sampleContent(), 'latest').subarray(0, 64) },
    });
    await expect(app.transfer.importFile(file('hostile.apkg', damaged))).rejects.toMatchObject({
      code: 'invalid_payload',
      message: expect.stringMatching(/media list is not valid zstd data/),
    });
    expect(app.flashcards.listDecks()).toEqual([]);
    app.db.close();
  });

  it('a failure while storing the third card rolls back every deck and card of the import', async () => {
    const app = freshApp();
    const insert = app.flashcards.cards.insert.bind(app.flashcards.cards);
    let calls = 0;
    vi.spyOn(app.flashcards.cards, 'insert').mockImplementation((input) => {
      if (++calls === 3) throw new Error('disk full');
      return insert(input);
    });
    await expect(app.transfer.importFile(file('deck.apkg', writeAnkiPackage(sampleContent())))).rejects.toThrow(
      'disk full',
    );
    expect(calls).toBe(3);
    expect(app.flashcards.listDecks()).toEqual([]);
    app.db.close();
  });
});
