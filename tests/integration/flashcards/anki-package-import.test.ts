// A current-format Anki package (.apkg, and the whole-collection .colpkg) imported through the
// transfer service into a real database without a media store; hostile packages and failures
// mid-import save nothing. (tests/integration/anki-import/ covers the import with media in full.)
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

describe.each(['apkg', 'colpkg'])('importing a current-format .%s without a media store', (extension) => {
  it('lands every note, nested decks and tags; media files are named in a warning and shown as placeholders', async () => {
    const app = freshApp();
    const content = sampleContent();
    const summary = await app.transfer.importFile(file(`deck-${n}.${extension}`, writeAnkiPackage(content)));
    expect(summary.cardsAdded).toBe(content.cards.length);
    expect(summary.anki).toMatchObject({ notes: content.notes.length, media: 0 });
    expect(summary.warnings).toContain(`${content.media.length} media file(s) were not imported: no media store`);
    const card = app.flashcards.searchCards('surfactant')[0]!;
    expect(app.flashcards.getCard(card.cardId).front).toContain('[missing image: alveolus.png]');
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

  it('a failure while storing the third card rolls back every deck, note and card of the import', async () => {
    const app = freshApp();
    const insert = app.flashcards.notes.cardStore.insert.bind(app.flashcards.notes.cardStore);
    let calls = 0;
    vi.spyOn(app.flashcards.notes.cardStore, 'insert').mockImplementation((card) => {
      if (++calls === 3) throw new Error('disk full');
      return insert(card);
    });
    await expect(app.transfer.importFile(file('deck.apkg', writeAnkiPackage(sampleContent())))).rejects.toThrow(
      'disk full',
    );
    expect(calls).toBe(3);
    expect(app.flashcards.listDecks()).toEqual([]);
    expect(app.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    app.db.close();
  });
});
