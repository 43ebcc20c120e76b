// .apkg export round trip: a current-format package imported, one note edited in the app (its field now
// stored sanitized, image as app://media/<hash>, sound as an audio element) and one card reviewed here,
// exported through the transfer service, read back by the package reader as a legacy package, and
// imported into a fresh data folder: the same notes, note types, cards, media bytes, review history,
// suspended and buried cards.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAnkiPackage } from '../../../main/services/flashcards/interchange';
import { ANKI_QUEUE } from '../../../main/services/flashcards/interchange/anki/package';
import { TransferService } from '../../../main/services/flashcards/transfer';
import { ReviewService, ReviewStore } from '../../../main/services/review';
import { SettingsRepository } from '../../../main/services/store';
import { sampleContent } from '../../fixtures/anki/package-content';
import { freshApp, IMPORT_NOW, packageFile, type TestApp } from '../anki-import/harness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The app's transfer service with its media store, as the composed app wires it. */
const transferOf = (app: TestApp) =>
  new TransferService(app.db, app.flashcards, { ankiImport: app.importer, media: app.media, now: () => IMPORT_NOW });

/** Per note (by guid): note type, stored and shown fields, and per card what must survive. */
function snapshot(app: TestApp) {
  const repo = app.flashcards.notes.repository;
  const logs = app.db.prepare('SELECT review_at, rating FROM review_logs WHERE card_id = ? ORDER BY review_at');
  const guids = app.db.prepare('SELECT guid FROM notes ORDER BY guid').pluck().all() as string[];
  return guids.map((guid) => {
    const note = repo.findByGuid(guid)!;
    const { id: _id, sourceId: _source, ...type } = repo.getType(note.noteTypeId)!;
    const cards = app.flashcards.notes.cardStore.cardsOf(note.id).map((ref) => {
      const card = app.flashcards.getCard(ref.id);
      const buried = app.db.prepare('SELECT buried_until FROM cards WHERE id = ?').pluck().get(ref.id);
      return {
        ord: ref.ord,
        deck: app.flashcards.decks.require(card.deckId).name,
        front: card.front,
        back: card.back,
        tags: card.tags,
        suspended: card.suspended,
        buried: buried !== null,
        state: card.state,
        reps: card.reps,
        lastReview: card.lastReview,
        logs: logs.all(ref.id),
      };
    });
    return { guid, type, fields: note.fields, shown: app.flashcards.notes.get(note.id).fields, cards };
  });
}

describe('.apkg export → import', () => {
  const content = sampleContent();
  const source = freshApp();
  const path = join(source.dataDir, '..', `export-${process.pid}.apkg`);

  it('exports notes, note types, cards, media and history', async () => {
    await source.transfer.importFile(packageFile(content));
    source.flashcards.createCard({ deckId: null, front: 'Plain <card>', back: 'kept as text', tags: ['mine'] });
    // Edited here: the field is stored sanitized (app://media image, audio element).
    const histology = source.flashcards.notes.repository.findByGuid('Hs4_alv')!;
    source.flashcards.notes.update(histology.id, [
      '<img src="alveolus.png"><b>Which cell?</b>',
      'Type II pneumocyte',
      'H&amp;E',
      'Secretes surfactant [sound:lecture.mp3] (edited)',
    ]);
    const stored = source.flashcards.notes.repository.getNote(histology.id)!.fields;
    expect(stored[0]).toContain('app://media/');
    expect(stored[3]).toContain('<audio');
    // One review made in the app, on a card with imported history.
    const review = new ReviewService(source.flashcards, new SettingsRepository(source.db), {
      store: new ReviewStore(source.db),
    });
    const tachy = source.flashcards.notes.repository.findByGuid('Rv2#tachy')!;
    review.rate(source.flashcards.notes.cardStore.cardsOf(tachy.id)[0]!.id, 3, { now: IMPORT_NOW });

    const receipt = await transferOf(source).exportDecks(null, 'apkg', path);
    expect(receipt).toMatchObject({ format: 'apkg', cards: content.cards.length + 1, media: 2, warnings: [] });
  });

  it('is a legacy package the package reader reads with everything in it', () => {
    const pkg = readAnkiPackage(readFileSync(path));
    expect(pkg.format).toEqual({ version: 1, collectionFile: 'collection.anki2', schemaVersion: 11 });
    for (const type of content.noteTypes) {
      const written = pkg.noteTypes.find((t) => t.name === type.name && t.id === type.id);
      expect(written, type.name).toMatchObject({
        kind: type.kind,
        fieldNames: type.fields,
        css: type.css,
        sortFieldIndex: type.sortField,
      });
      expect(written!.templates).toEqual(type.templates);
    }
    const byGuid = new Map(pkg.notes.map((note) => [note.guid, note]));
    for (const note of content.notes.filter((n) => n.guid !== 'Hs4_alv')) {
      expect(byGuid.get(note.guid)?.fields, note.guid).toEqual(note.fields);
      expect([...byGuid.get(note.guid)!.tags].sort()).toEqual([...note.tags].sort());
    }
    // Anki sorts by the sort field's text (sfld); the sample's histology type sorts by its second field.
    const histologyType = content.noteTypes.find((type) => type.sortField === 1)!;
    const collectionPath = `${path}.anki2`;
    writeFileSync(collectionPath, unzipSync(readFileSync(path))['collection.anki2']!);
    const collection = new BetterSqlite3(collectionPath, { readonly: true });
    const sfld = collection.prepare('SELECT sfld FROM notes WHERE mid = ?').pluck().all(histologyType.id);
    collection.close();
    expect(sfld).toEqual(['Type II pneumocyte']);
    // The edited field calls its files by name again.
    expect(byGuid.get('Hs4_alv')!.fields[0]).toBe('<img src="alveolus.png"><b>Which cell?</b>');
    expect(byGuid.get('Hs4_alv')!.fields[3]).toBe('Secretes surfactant [sound:lecture.mp3] (edited)');
    expect(pkg.media.map((file) => [file.name, sha256(file.read())])).toEqual(
      content.media.map((file) => [file.name, sha256(file.bytes)]),
    );
    expect(pkg.cards).toHaveLength(content.cards.length + 1);
    const suspended = content.cards.filter((card) => card.queue === ANKI_QUEUE.suspended).length;
    expect(pkg.cards.filter((card) => card.queue === ANKI_QUEUE.suspended)).toHaveLength(suspended);
    expect(pkg.cards.filter((card) => card.queue === ANKI_QUEUE.manuallyBuried)).toHaveLength(2);
    const logs = source.count('review_logs');
    expect(pkg.revlog).toHaveLength(logs);
    expect(new Set(pkg.revlog.map((r) => r.id)).size).toBe(logs);
    expect(pkg.revlog.every((r) => r.ease >= 1 && r.ease <= 4 && [0, 1, 2].includes(r.type))).toBe(true);
    // The plain card is a Basic note of the app's own note type, in the Default deck.
    const plain = pkg.notes.find((note) => note.fields[0] === 'Plain &lt;card&gt;');
    expect(plain?.tags).toEqual(['mine']);
    expect(pkg.noteTypes.find((t) => t.id === plain!.noteTypeId)?.name).toBe('Basic');
  });

  it('imports into a fresh data folder as the same notes, cards, media bytes and review history', async () => {
    const target = freshApp();
    const summary = await transferOf(target).importFile(path);
    expect(summary.warnings).toEqual([]);
    expect(summary.anki).toMatchObject({ notes: content.notes.length + 1, media: 2 });
    const before = snapshot(source);
    const after = snapshot(target);
    // The edited field is stored as Anki HTML now; shown, it is the same.
    const edited = (list: typeof before) => list.find((note) => note.guid === 'Hs4_alv')!;
    expect(edited(after).fields[0]).toBe('<img src="alveolus.png"><b>Which cell?</b>');
    expect(edited(after).shown).toEqual(edited(before).shown);
    edited(after).fields = edited(before).fields;
    // The plain card came back as a note (it has a guid now); compare the Anki notes.
    const ankiNotes = (list: typeof before) => list.filter((note) => content.notes.some((n) => n.guid === note.guid));
    expect(ankiNotes(after)).toEqual(ankiNotes(before));
    for (const file of content.media) expect(target.media.has(sha256(file.bytes))).toBe(true);
    expect(target.count('review_logs')).toBe(source.count('review_logs'));
    expect(target.count('cards')).toBe(source.count('cards'));
    target.db.close();
  });
});
