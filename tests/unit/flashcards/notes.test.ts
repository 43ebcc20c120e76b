// Notes: reading a note (sanitized fields, media as app://media), editing its fields (cards re-rendered,
// new cards for templates that gain content, review state kept), and what HTML cards refuse or skip.
import { describe, expect, it } from 'vitest';
import { mediaLookup, renderNote } from '../../../main/services/flashcards/notes';
import { StoreValidationError } from '../../../main/services/store/errors';
import { useFlashcards, type FlashcardHarness } from './helpers';

const fresh = useFlashcards();
const HASH = 'ab'.repeat(32);

/** A note of a three-field type whose second card needs the "Extra" field, with its first card stored. */
function seed({ service }: FlashcardHarness) {
  const deck = service.createDeck('Medicine::Cardiology');
  const notes = service.notes;
  notes.repository.setMediaName('heart.png', HASH);
  const type = notes.repository.insertType({
    name: 'Basic (optional reversed)',
    kind: 'standard',
    fields: ['Front', 'Back', 'Extra'],
    templates: [
      { name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr id=answer>{{Back}}' },
      { name: 'Card 2', front: '{{#Extra}}{{Back}}{{/Extra}}', back: '{{FrontSide}}<hr id=answer>{{Front}}' },
    ],
    css: '',
    sourceId: 42,
  });
  const fields = [
    'Tachycardia <img src="heart.png">',
    '<span onclick="x()">HR &gt; 100</span><script>x()</script>',
    '',
  ];
  const note = notes.repository.insertNote('guid-1', type.id, fields);
  const rendered = renderNote(type, fields, { tags: ['cardio'], deckName: deck.name }, notes.mediaLookup());
  expect(rendered.cards.map((card) => card.ord)).toEqual([0]);
  const cardId = notes.cardStore.insert({
    deckId: deck.id,
    noteId: note.id,
    noteType: 'basic',
    sides: rendered.cards[0]!,
    schedule: {
      due: 1_800_000_000_000,
      stability: 12,
      difficulty: 5,
      elapsedDays: 3,
      scheduledDays: 12,
      learningSteps: 0,
      reps: 3,
      lapses: 1,
      state: 2,
      lastReview: 1_700_000_000_000,
    },
    suspended: false,
    buriedUntil: null,
  });
  notes.cardStore.setTags(cardId, ['cardio']);
  return { deck, type, note, cardId, fields };
}

describe('notes', () => {
  it('get: every field sanitized, media names as app://media URLs, the cards’ tags', () => {
    const h = fresh();
    const { note, type } = seed(h);
    const view = h.service.notes.get(note.id);
    expect(view.noteType).toEqual({
      id: type.id,
      name: 'Basic (optional reversed)',
      kind: 'standard',
      fields: ['Front', 'Back', 'Extra'],
      templates: type.templates,
    });
    expect(view.fields[0]).toBe(`Tachycardia <img src="app://media/${HASH}">`);
    expect(view.fields[1]).not.toMatch(/script|onclick/);
    expect(view.fields[1]).toContain('HR > 100');
    expect(view.tags).toEqual(['cardio']);
    expect(h.service.getCard(h.service.listCards({ deckId: 1, offset: 0, limit: 5 }).cards[0]!.id)).toMatchObject({
      format: 'html',
      noteId: note.id,
      suspended: false,
      front: `Tachycardia <img src="app://media/${HASH}">`,
    });
  });

  it('update: cards re-rendered with their schedule kept, a card added for the template that gained content', () => {
    const h = fresh();
    const { note, cardId, fields, deck } = seed(h);
    const view = h.service.notes.get(note.id);
    const result = h.service.notes.update(note.id, ['Sinus tachycardia', view.fields[1]!, 'see ECG']);
    expect(result.added).toBe(1);
    expect(result.cards.map((card) => [card.id === cardId, card.deckId, card.tags])).toEqual([
      [true, deck.id, ['cardio']],
      [false, deck.id, ['cardio']],
    ]);
    const [first, second] = result.cards;
    expect(first).toMatchObject({ front: 'Sinus tachycardia', reps: 3, state: 2, stability: 12, format: 'html' });
    expect(second).toMatchObject({ front: '<span>HR > 100</span>', state: 0, reps: 0 });
    expect(second!.back).toContain('Sinus tachycardia');
    // The unchanged field keeps the HTML it was imported with; the edited one is stored sanitized.
    expect(h.service.notes.repository.getNote(note.id)!.fields).toEqual(['Sinus tachycardia', fields[1], 'see ECG']);
    expect(
      h.service
        .searchCards('sinus')
        .map((hit) => hit.cardId)
        .sort(),
    ).toEqual(result.cards.map((c) => c.id).sort());
    expect(result.note.fields[0]).toBe('Sinus tachycardia');
  });

  it('update: a field with a script is stored without it; wrong field counts and unknown notes are refused', () => {
    const h = fresh();
    const { note } = seed(h);
    h.service.notes.update(note.id, ['<img src="heart.png" onerror="x()"><script>alert(1)</script>', 'b', '']);
    expect(h.service.notes.repository.getNote(note.id)!.fields[0]).toBe(`<img src="app://media/${HASH}">`);
    expect(() => h.service.notes.update(note.id, ['only one'])).toThrow(StoreValidationError);
    expect(() => h.service.notes.get(999)).toThrow('No note with id 999');
  });

  it('an HTML card refuses front/back edits (its note is edited instead) but takes tag edits', () => {
    const h = fresh();
    const { cardId } = seed(h);
    expect(() => h.service.updateCard(cardId, { front: 'x' })).toThrow(/edit the note's fields instead/);
    expect(h.service.updateCard(cardId, { tags: ['cardio', 'ecg'] }).tags).toEqual(['cardio', 'ecg']);
  });

  it('the review queue skips suspended cards, and buried cards until their time', () => {
    const h = fresh();
    const { cardId, deck } = seed(h);
    const at = 1_900_000_000_000;
    expect(h.service.dueCards(deck.id, at).map((c) => c.id)).toEqual([cardId]);
    h.db.prepare('UPDATE cards SET suspended = 1 WHERE id = ?').run(cardId);
    expect(h.service.dueCards(null, at)).toEqual([]);
    expect(h.service.getCard(cardId).suspended).toBe(true);
    expect(h.service.listDecks().find((d) => d.id === deck.id)?.due).toBe(0);
    h.db.prepare('UPDATE cards SET suspended = 0, buried_until = ? WHERE id = ?').run(at + 1000, cardId);
    expect(h.service.dueCards(deck.id, at)).toEqual([]);
    expect(h.service.dueCards(deck.id, at + 1000).map((c) => c.id)).toEqual([cardId]);
  });

  it('media names are found as Anki writes them: percent-encoded or decomposed Unicode', () => {
    const names = new Map([
      ['heart rate.png', 'h1'],
      ['café.png', 'h2'],
    ]);
    const lookup = mediaLookup((name) => names.get(name) ?? null);
    expect(lookup('heart%20rate.png')).toBe('h1');
    expect(lookup('cafe\u0301.png')).toBe('h2');
    expect(lookup('%E0%A4%A')).toBeNull();
  });
});
