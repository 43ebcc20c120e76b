// Importing a package again updates its notes in place (matched by GUID): new field content and
// templates reach the cards, this app's review history and schedules stay, nothing is duplicated.
import { describe, expect, it } from 'vitest';
import { ReviewService, ReviewStore } from '../../../main/services/review';
import { SettingsRepository } from '../../../main/services/store';
import { IDS, sampleContent } from '../../fixtures/anki/package-content';
import { freshApp, IMPORT_NOW, packageFile } from './harness';

describe('re-importing a package', () => {
  it('updates notes in place, adds cards for new templates and keeps the review history made here', async () => {
    const app = freshApp();
    const first = await app.transfer.importFile(packageFile(sampleContent()));
    const noteTypes = app.count('note_types');
    const angina = app.flashcards.notes.repository.findByGuid('Ab3$kP9{x1')!;
    const [cardRef] = app.flashcards.notes.cardStore.cardsOf(angina.id);
    const review = new ReviewService(app.flashcards, new SettingsRepository(app.db), {
      store: new ReviewStore(app.db),
    });
    const rated = review.rate(cardRef!.id, 3, { now: IMPORT_NOW }).card;
    const logsBefore = app.count('review_logs');
    expect(logsBefore).toBe(first.anki!.reviews + 1);

    // The deck changed in Anki: an edited field and a second template on "Basic".
    const edited = sampleContent();
    edited.notes[0]!.fields[1] = 'Beta blocker or a calcium channel blocker';
    edited.noteTypes
      .find((type) => type.id === IDS.basic)!
      .templates.push({ name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' });
    const basicNotes = edited.notes.filter((note) => note.noteTypeId === IDS.basic).length;
    const again = await app.transfer.importFile(packageFile(edited));

    expect(again.anki).toEqual({ notes: 0, updated: edited.notes.length, cards: basicNotes, media: 2, reviews: 0 });
    expect(app.count('notes')).toBe(edited.notes.length);
    expect(app.count('note_types')).toBe(noteTypes);
    expect(app.count('cards')).toBe(edited.cards.length + basicNotes);
    expect(app.count('review_logs')).toBe(logsBefore);

    const cards = app.flashcards.notes.cardStore.cardsOf(angina.id).map((ref) => app.flashcards.getCard(ref.id));
    expect(cards.map((card) => card.back.includes('calcium channel blocker'))).toEqual([true, true]);
    const { updatedAt: _a, back: _b, ...kept } = rated;
    expect(cards[0]).toMatchObject(kept);
    expect(cards[1]).toMatchObject({ state: 0, reps: 0, deckId: rated.deckId, tags: rated.tags });
    expect(app.flashcards.notes.repository.getNote(angina.id)!.fields[1]).toBe(
      'Beta blocker or a calcium channel blocker',
    );
    // The same package a third time changes nothing more.
    const third = await app.transfer.importFile(packageFile(edited));
    expect(third.anki).toMatchObject({ notes: 0, cards: 0, reviews: 0, updated: edited.notes.length });
    expect(app.count('cards')).toBe(edited.cards.length + basicNotes);
    app.db.close();
  });
});
