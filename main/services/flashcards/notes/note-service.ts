// Notes use cases: read a note with sanitized fields, edit its fields (every card re-rendered, cards
// added for templates that gain content, review state kept).
import type { Database } from 'better-sqlite3';
import { CardHtmlError, sanitizeCardHtml, type MediaLookup } from '../../../../preload/contract/card-html';
import { StoreNotFoundError, StoreValidationError } from '../../store/errors';
import type { Clock } from '../../store/types';
import { assertId } from '../../store/validation';
import type { CardRepository } from '../card-repository';
import { NoteCardStore } from './note-card-store';
import { NoteRepository } from './note-repository';
import { mediaLookup, renderNote } from './render-note';
import type { NoteRecord, NoteTypeRecord, NoteUpdate, NoteView } from './types';

export class NoteService {
  readonly repository: NoteRepository;
  readonly cardStore: NoteCardStore;

  constructor(
    private readonly db: Database,
    private readonly cards: CardRepository,
    options: { now?: Clock } = {},
  ) {
    this.repository = new NoteRepository(db, options);
    this.cardStore = new NoteCardStore(db, options);
  }

  /** Looks media names up among the files imported so far. */
  mediaLookup(): MediaLookup {
    return mediaLookup((name) => this.repository.mediaHash(name));
  }

  get(id: number): NoteView {
    const { note, type } = this.require(id);
    const lookup = this.mediaLookup();
    return this.view(note, type, lookup);
  }

  /** Replaces every field (one per field name). Fields the user left as they were keep their stored HTML. */
  update(id: number, fields: readonly string[]): NoteUpdate {
    const { note, type } = this.require(id);
    if (!Array.isArray(fields) || fields.length !== type.fields.length) {
      throw new StoreValidationError(
        `Note ${note.id} (${type.name}) has ${type.fields.length} fields, got ${Array.isArray(fields) ? fields.length : 'none'}`,
      );
    }
    const lookup = this.mediaLookup();
    const next = fields.map((value, i) => {
      if (typeof value !== 'string') throw new StoreValidationError(`Field "${type.fields[i]}" must be text`);
      const incoming = sanitizeField(value, type.fields[i] ?? `${i + 1}`, lookup);
      const stored = note.fields[i] ?? '';
      // Unchanged fields keep what was imported (Anki's own HTML), so an edit elsewhere loses nothing.
      return safeSanitize(stored, lookup) === incoming ? stored : incoming;
    });
    const added = this.db.transaction(() => {
      this.repository.updateNote(note.id, type.id, next);
      return this.rerender(note.id, type, next, lookup);
    })();
    const updated = this.require(id);
    const cards = this.cardStore
      .cardsOf(note.id)
      .filter((ref) => !ref.deleted)
      .map((ref) => this.cards.require(ref.id));
    return { note: this.view(updated.note, updated.type, lookup), cards, added };
  }

  /**
   * Re-renders the note's cards from `fields` and adds the cards it now has content for; returns how many
   * were added. Cards whose template no longer shows anything keep their last content (Anki keeps them too).
   */
  rerender(noteId: number, type: NoteTypeRecord, fields: readonly string[], lookup: MediaLookup): number {
    const deck = this.cardStore.deckOf(noteId);
    const tags = this.repository.tagsOf(noteId);
    const rendered = renderNote(type, fields, { tags, deckName: deck?.name ?? '' }, lookup);
    const existing = new Map(this.cardStore.cardsOf(noteId).map((ref) => [ref.ord, ref]));
    const noteType = type.kind === 'cloze' ? 'cloze' : 'basic';
    let added = 0;
    for (const sides of rendered.cards) {
      const card = existing.get(sides.ord);
      if (card) this.cardStore.updateContent(card.id, noteType, sides);
      else if (deck) {
        const id = this.cardStore.insert({
          deckId: deck.id,
          noteId,
          noteType,
          sides,
          schedule: null,
          suspended: false,
          buriedUntil: null,
        });
        this.cardStore.setTags(id, tags);
        added++;
      }
    }
    return added;
  }

  private require(id: number): { note: NoteRecord; type: NoteTypeRecord } {
    const noteId = assertId(id, 'Note id');
    const note = this.repository.getNote(noteId);
    if (!note) throw new StoreNotFoundError('note', noteId);
    const type = this.repository.getType(note.noteTypeId);
    if (!type) throw new Error(`note ${noteId} refers to a missing note type ${note.noteTypeId}`);
    return { note, type };
  }

  private view(note: NoteRecord, type: NoteTypeRecord, lookup: MediaLookup): NoteView {
    return {
      id: note.id,
      guid: note.guid,
      noteType: { id: type.id, name: type.name, kind: type.kind, fields: type.fields, templates: type.templates },
      fields: type.fields.map((_name, i) => safeSanitize(note.fields[i] ?? '', lookup)),
      tags: this.repository.tagsOf(note.id),
    };
  }
}

function sanitizeField(html: string, name: string, lookup: MediaLookup): string {
  try {
    return sanitizeCardHtml(html, { resolveMedia: lookup }).html;
  } catch (error) {
    if (error instanceof CardHtmlError) throw new StoreValidationError(`Field "${name}": ${error.message}`);
    throw error;
  }
}

/** A stored field made safe to show; one the sanitizer refuses shows why instead. */
function safeSanitize(html: string, lookup: MediaLookup): string {
  try {
    return sanitizeCardHtml(html, { resolveMedia: lookup }).html;
  } catch (error) {
    if (!(error instanceof CardHtmlError)) throw error;
    return sanitizeCardHtml(`<p>${error.message}</p>`).html;
  }
}
