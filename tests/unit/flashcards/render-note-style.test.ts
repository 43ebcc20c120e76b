// A note's cards carry its note type's `.card` style (alignment, colours) in a wrapper the sanitizer
// keeps as it is, on import and when an edited note is rendered again; no usable CSS, no wrapper.
import { describe, expect, it } from 'vitest';
import { renderNote, type NoteTypeRecord } from '../../../main/services/flashcards/notes';
import { sanitizeCardHtml } from '../../../preload/contract/card-html';
import { useFlashcards } from './helpers';

const fresh = useFlashcards();

const ANKI_DEFAULT_CSS =
  '.card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n';
const WRAPPER_OPEN = '<div class="card-style" style="text-align: center; color: black; background-color: white">';

function basicType(css: string): NoteTypeRecord {
  return {
    id: 1,
    name: 'Basic',
    kind: 'standard',
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr id=answer>{{Back}}' }],
    css,
    sortField: 0,
    sourceId: null,
  };
}

const context = { tags: [], deckName: 'Default' };
const noMedia = () => null;

describe('renderNote and the note type’s card style', () => {
  it("wraps both sides in the .card rule's allowed declarations, which the sanitizer keeps unchanged", () => {
    const rendered = renderNote(basicType(ANKI_DEFAULT_CSS), ['<b>Na+</b>', '135–145'], context, noMedia);
    const [card] = rendered.cards;
    expect(card!.front).toBe(`${WRAPPER_OPEN}<b>Na+</b></div>`);
    expect(card!.back).toBe(`${WRAPPER_OPEN}<b>Na+</b><hr>135–145</div>`);
    // Stored HTML is sanitized again when shown: the wrapper, its class and style survive as they are.
    expect(sanitizeCardHtml(card!.front).html).toBe(card!.front);
    expect(sanitizeCardHtml(card!.back).html).toBe(card!.back);
    // The text for search is the card's words, as without a style.
    expect(card!.frontText).toBe('Na+');
  });

  it('copies nothing hostile from the CSS, and a template cannot close the wrapper early', () => {
    const css =
      '.card { position: fixed; color: url(x); background: url(https://example.com/t.png); text-align: right }';
    const type = { ...basicType(css), templates: [{ name: 'C', front: '</div></div>{{Front}}', back: '{{Back}}' }] };
    const [card] = renderNote(type, ['front', 'back'], context, noMedia).cards;
    expect(card!.front).toBe('<div class="card-style" style="text-align: right">front</div>');
    expect(card!.back).not.toMatch(/fixed|url|example\.com/);
  });

  it('leaves the sides unwrapped when the note type has no CSS, or none the sanitizer would keep', () => {
    for (const css of ['', '.cloze { color: blue }', '.card { font-family: arial; font-size: 20px }']) {
      const [card] = renderNote(basicType(css), ['front', 'back'], context, noMedia).cards;
      expect(card!.front).toBe('front');
      expect(card!.back).toBe('front<hr>back');
    }
  });

  it('keeps the style on cards an edited note renders again', () => {
    const { service } = fresh();
    const deck = service.createDeck('Physiology');
    const notes = service.notes;
    const type = notes.repository.insertType({ ...basicType(ANKI_DEFAULT_CSS), sourceId: 7 });
    const fields = ['Sodium', '135–145'];
    const note = notes.repository.insertNote('guid-style', type.id, fields);
    const [sides] = renderNote(type, fields, { tags: [], deckName: deck.name }, notes.mediaLookup()).cards;
    notes.cardStore.insert({
      deckId: deck.id,
      noteId: note.id,
      noteType: 'basic',
      sides: sides!,
      schedule: {
        due: 0,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
        lastReview: null,
      },
      suspended: false,
      buriedUntil: null,
    });
    const [card] = notes.update(note.id, ['Potassium', '3.5–5.0']).cards;
    expect(card!.front).toBe(`${WRAPPER_OPEN}Potassium</div>`);
    expect(card!.back).toBe(`${WRAPPER_OPEN}Potassium<hr>3.5–5.0</div>`);
  });
});
