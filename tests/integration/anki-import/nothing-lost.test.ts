// A whole Anki package imported with nothing lost: every note with every field, one card per template
// or cloze number, decks and tags, media stored and referenced as app://media/<hash>, review history
// as review logs with FSRS schedules, suspended and buried cards kept out of review; legacy packages
// give the same result, and the app's own plain cards are untouched.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextDayStart, type AnkiImportResult } from '../../../main/services/anki-import';
import { readAnkiPackageFile } from '../../../main/services/flashcards/interchange';
import { ANKI_QUEUE } from '../../../main/services/flashcards/interchange/anki/package';
import { sampleContent, type FixtureCard, type FixtureContent } from '../../fixtures/anki/package-content';
import { freshApp, IMPORT_NOW, packageFile, type TestApp } from './harness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The card the app made for an Anki card: same note (by guid), same ord. */
function cardFor(app: TestApp, content: FixtureContent, anki: FixtureCard) {
  const guid = content.notes.find((note) => note.id === anki.noteId)!.guid;
  const noteId = app.flashcards.notes.repository.findByGuid(guid)!.id;
  const id = app.db
    .prepare('SELECT id FROM cards WHERE note_id = ? AND template_ord = ?')
    .pluck()
    .get(noteId, anki.ord) as number;
  return app.flashcards.getCard(id);
}

/** Everything the import stored, keyed by what the package calls things (ids differ between databases). */
function snapshot(app: TestApp, content: FixtureContent) {
  const decks = new Map(app.flashcards.listDecks().map((deck) => [deck.id, deck.name]));
  const logs = app.db.prepare('SELECT count(*) FROM review_logs WHERE card_id = ?').pluck();
  return content.notes.map((note) => {
    const stored = app.flashcards.notes.repository.findByGuid(note.guid)!;
    const cards = app.flashcards.notes.cardStore.cardsOf(stored.id).map((ref) => {
      const {
        id: _id,
        noteId: _noteId,
        deckId,
        createdAt: _c,
        updatedAt: _u,
        ...card
      } = app.flashcards.getCard(ref.id);
      return { ...card, deck: decks.get(deckId), logs: logs.get(ref.id) };
    });
    return { guid: note.guid, fields: stored.fields, view: app.flashcards.notes.get(stored.id).fields, cards };
  });
}

describe('a current-format package, imported', () => {
  const content = sampleContent();
  const app = freshApp();
  const plain = app.flashcards.createCard({ deckId: null, front: 'What is <b>DKA</b>?', back: 'Ketoacidosis' });
  let result: AnkiImportResult;

  it('reports what it added', async () => {
    result = await app.importer.importPackage(await readAnkiPackageFile(packageFile(content)));
    const countedReviews = content.revlog.filter(
      (r) => r.ease >= 1 && r.ease <= 4 && !(r.type === 3 && r.factor === 0),
    );
    expect(result).toMatchObject({
      notes: content.notes.length,
      cards: content.cards.length,
      media: content.media.length,
      reviews: countedReviews.length,
      updated: 0,
      warnings: [],
    });
    expect(app.count('review_logs')).toBe(countedReviews.length);
  });

  it('keeps every note with every field as written, and its note type with fields and templates', () => {
    for (const note of content.notes) {
      const stored = app.flashcards.notes.repository.findByGuid(note.guid);
      expect(stored?.fields, note.guid).toEqual(note.fields);
      const type = app.flashcards.notes.repository.getType(stored!.noteTypeId)!;
      const source = content.noteTypes.find((t) => t.id === note.noteTypeId)!;
      expect(type).toMatchObject({ name: source.name, kind: source.kind, fields: source.fields, css: source.css });
      expect(type.templates).toEqual(source.templates.map((t) => ({ name: t.name, front: t.qfmt, back: t.afmt })));
    }
    expect(app.count('note_types')).toBe(content.noteTypes.length);
  });

  it('makes one HTML card per template or cloze number, in its Anki deck, with the note’s tags', () => {
    for (const anki of content.cards) {
      const card = cardFor(app, content, anki);
      const note = content.notes.find((n) => n.id === anki.noteId)!;
      const homeDeck = anki.home?.deckId ?? anki.did;
      expect(card.format).toBe('html');
      expect(app.flashcards.decks.require(card.deckId).name).toBe(content.decks.find((d) => d.id === homeDeck)!.name);
      expect(card.tags).toEqual([...note.tags].sort());
    }
    expect(app.count('cards')).toBe(content.cards.length + 1);
    const afib = content.notes.find((n) => n.guid === 'Cz3-afib')!;
    const [c1, c2] = content.cards.filter((c) => c.noteId === afib.id).map((c) => cardFor(app, content, c));
    expect(c1!.front).toContain('[...]');
    expect(c1!.front).toContain('irregularly irregular');
    expect(c2!.front).toContain('Atrial fibrillation');
    expect(c2!.back).toContain('No P waves');
  });

  it('stores the media and shows it from the cards as app://media/<hash>', () => {
    const [png, mp3] = content.media.map((file) => sha256(file.bytes));
    expect(app.media.has(png!)).toBe(true);
    expect(app.media.has(mp3!)).toBe(true);
    const histology = cardFor(
      app,
      content,
      content.cards.find((c) => c.noteId === content.notes[3]!.id)!,
    );
    expect(histology.front).toContain(`<img src="app://media/${png}">`);
    expect(histology.back).toContain(`src="app://media/${mp3}"`);
    expect(histology.back).toContain('<audio');
    const view = app.flashcards.notes.get(histology.noteId!);
    expect(view.fields[0]).toBe(`<img src="app://media/${png}">`);
  });

  it('carries the review history over: a log per answer, schedules not new, cards without history new', () => {
    for (const anki of content.cards) {
      const card = cardFor(app, content, anki);
      const history = content.revlog.filter((r) => r.cardId === anki.id);
      const logs = app.db.prepare('SELECT review_at FROM review_logs WHERE card_id = ? ORDER BY review_at').pluck();
      expect(logs.all(card.id), `card ${anki.id}`).toEqual(history.map((r) => r.id).sort((a, b) => a - b));
      if (history.length === 0) expect(card).toMatchObject({ state: 0, reps: 0, lastReview: null });
      else expect(card).toMatchObject({ reps: history.length, lastReview: Math.max(...history.map((r) => r.id)) });
      if (history.length > 0) expect(card.state).not.toBe(0);
    }
  });

  it('keeps suspended cards out of review, and buried ones until the next day', () => {
    const farFuture = IMPORT_NOW + 10 * 365 * 86_400_000;
    const due = new Set(app.flashcards.dueCards(null, farFuture, 1000).map((card) => card.id));
    const beforeTomorrow = new Set(app.flashcards.dueCards(null, nextDayStart(IMPORT_NOW) - 1, 1000).map((c) => c.id));
    for (const anki of content.cards) {
      const card = cardFor(app, content, anki);
      const suspended = anki.queue === ANKI_QUEUE.suspended;
      const buried = anki.queue === ANKI_QUEUE.siblingBuried || anki.queue === ANKI_QUEUE.manuallyBuried;
      expect(card.suspended, `card ${anki.id}`).toBe(suspended);
      expect(due.has(card.id), `card ${anki.id} due eventually`).toBe(!suspended);
      if (buried) expect(beforeTomorrow.has(card.id), `card ${anki.id} buried today`).toBe(false);
    }
    expect(content.cards.some((c) => c.queue === ANKI_QUEUE.suspended)).toBe(true);
  });

  it('finds imported cards by their text, not their markup, and leaves the plain card as it was', () => {
    const hits = app.flashcards.searchCards('angina');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.front).toBe('First-line drug for stable angina?');
    expect(app.flashcards.searchCards('img')).toEqual([]);
    expect(app.flashcards.getCard(plain.id)).toEqual(plain);
  });

  it('gives the same notes, cards, media and history from both legacy layouts', async () => {
    const latest = snapshot(app, content);
    for (const format of ['legacy2', 'legacy1'] as const) {
      const other = freshApp();
      other.flashcards.createCard({ deckId: null, front: 'What is <b>DKA</b>?', back: 'Ketoacidosis' });
      const summary = await other.transfer.importFile(packageFile(content, format));
      expect(summary.anki).toEqual({ notes: 5, cards: 7, media: 2, reviews: result.reviews, updated: 0 });
      expect(snapshot(other, content), format).toEqual(latest);
      other.db.close();
    }
  });
});

describe.each(['apkg', 'colpkg'])('through the transfer service, a .%s', (extension) => {
  it('imports notes, media and history and summarises them for the import dialog', async () => {
    const content = sampleContent();
    const app = freshApp();
    const summary = await app.transfer.importFile(packageFile(content, 'latest', extension));
    expect(summary.anki).toMatchObject({ notes: content.notes.length, cards: content.cards.length, media: 2 });
    expect(summary.cardsAdded).toBe(content.cards.length);
    expect(summary.decks.map((d) => [d.name, d.added, d.created])).toEqual([
      ['Pharmacology', 1, true],
      ['Medicine::Cardiology', 2, true],
      ['Medicine::Cardiology::ECG', 3, true],
      ['Medicine::Histology', 1, true],
    ]);
    expect(summary.decks.reduce((sum, deck) => sum + deck.added, 0)).toBe(content.cards.length);
    app.db.close();
  });
});
