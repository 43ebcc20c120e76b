// The database half of an Anki import, run inside one transaction by the caller: media names, note
// types, notes with every field, their cards rendered and sanitized, review history and schedules.
// A note whose GUID is already here is updated in place and keeps this app's review history.
import type { MediaLookup } from '../../../preload/contract/card-html';
import { fitTags, type FlashcardService, type NoteType } from '../flashcards';
import type { AnkiCard, AnkiPackage } from '../flashcards/interchange/anki/package';
import { ANKI_QUEUE } from '../flashcards/interchange/anki/package';
import { renderNote, type NoteCardRef, type NoteTypeRecord, type RenderedSides } from '../flashcards/notes';
import { deriveFromAnkiHistory } from '../review/anki-history';
import type { ReviewStore } from '../review';
import { DeckMapper } from './deck-map';
import { NoteTypeMapper } from './note-type-map';
import type { ImportWarnings } from './import-warnings';
import type { AnkiImportOptions, ImportedDeck } from './types';

export interface SaveNotesInput {
  pkg: AnkiPackage;
  flashcards: FlashcardService;
  reviews: ReviewStore;
  /** Accepted media: name → hash, recorded so later edits and re-renders find the files. */
  mediaNames: ReadonlyMap<string, string>;
  lookup: MediaLookup;
  desiredRetention: number;
  /** When buried cards come back (the start of the next day). */
  buriedUntil: number;
}

export interface SavedNotes {
  notes: number;
  updated: number;
  cards: number;
  reviews: number;
  decks: ImportedDeck[];
}

/** Progress is reported (and Cancel checked) every this many notes. */
const PROGRESS_EVERY = 250;

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function saveNotes(input: SaveNotesInput, warnings: ImportWarnings, options: AnkiImportOptions): SavedNotes {
  const { pkg, flashcards } = input;
  const repository = flashcards.notes.repository;
  const store = flashcards.notes.cardStore;
  for (const [name, hash] of input.mediaNames) repository.setMediaName(name, hash);
  const decks = new DeckMapper(flashcards, pkg.decks, warnings.list);
  const types = new NoteTypeMapper(repository, pkg.noteTypes);
  const cardsByNote = groupBy(pkg.cards, (card) => card.noteId);
  const revlogByCard = groupBy(pkg.revlog, (review) => review.cardId);
  const saved: SavedNotes = { notes: 0, updated: 0, cards: 0, reviews: 0, decks: [] };

  /** A card with the package's scheduling and review history (none: it stays new). */
  const insertCard = (
    noteId: number,
    noteType: NoteType,
    sides: RenderedSides,
    deck: ImportedDeck,
    tags: string[],
    anki?: AnkiCard,
  ) => {
    const history = deriveFromAnkiHistory(anki ? (revlogByCard.get(anki.id) ?? []) : [], input.desiredRetention);
    const buried = anki?.queue === ANKI_QUEUE.siblingBuried || anki?.queue === ANKI_QUEUE.manuallyBuried;
    const cardId = store.insert({
      deckId: deck.id,
      noteId,
      noteType,
      sides,
      schedule: history.schedule,
      suspended: anki?.queue === ANKI_QUEUE.suspended,
      buriedUntil: buried ? input.buriedUntil : null,
    });
    store.setTags(cardId, tags);
    for (const log of history.logs) input.reviews.appendLog({ ...log, cardId });
    saved.reviews += history.logs.length;
    saved.cards++;
    deck.added++;
  };

  /** Cards for the rendered sides: existing ones re-rendered, the rest added (with the package's card when it has one). */
  const placeCards = (
    noteId: number,
    type: NoteTypeRecord,
    sides: RenderedSides[],
    ankiCards: AnkiCard[],
    existing: NoteCardRef[],
    tags: string[],
  ) => {
    const noteType: NoteType = type.kind === 'cloze' ? 'cloze' : 'basic';
    const byOrd = new Map(sides.map((side) => [side.ord, side]));
    const existingByOrd = new Map(existing.map((ref) => [ref.ord, ref]));
    const fallbackDeck = decks.deckFor(ankiCards[0]?.deckId ?? 1);
    for (const anki of ankiCards) {
      if (!byOrd.has(anki.ord)) warnings.count('emptyCards');
    }
    for (const side of sides) {
      const here = existingByOrd.get(side.ord);
      if (here) {
        store.updateContent(here.id, noteType, side);
        if (!here.deleted) store.setTags(here.id, tags);
        continue;
      }
      const anki = ankiCards.find((card) => card.ord === side.ord);
      insertCard(noteId, noteType, side, anki ? decks.deckFor(anki.deckId) : fallbackDeck, tags, anki);
    }
  };

  pkg.notes.forEach((note, index) => {
    if (index % PROGRESS_EVERY === 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'saving-notes', done: index, total: pkg.notes.length });
    }
    const type = types.typeFor(note.noteTypeId);
    if (!type) {
      warnings.count('unknownType');
      return;
    }
    const fields = type.fields.map((_name, i) => note.fields[i] ?? '');
    // Tags a card cannot hold (over the length cap, past the per-card cap) are left out and named once.
    const { tags, dropped } = fitTags(note.tags);
    warnings.droppedTags(dropped);
    const ankiCards = [...(cardsByNote.get(note.id) ?? [])].sort((a, b) => a.ord - b.ord);
    const deckName = decks.deckFor(ankiCards[0]?.deckId ?? 1).name;
    const rendered = renderNote(type, fields, { tags, deckName }, input.lookup);
    if (rendered.problem !== null) warnings.problem(rendered.problem);
    warnings.missingMedia(rendered.missingMedia);
    const existing = repository.findByGuid(note.guid);
    if (existing) {
      repository.updateNote(existing.id, type.id, fields);
      placeCards(existing.id, type, rendered.cards, ankiCards, store.cardsOf(existing.id), tags);
      saved.updated++;
    } else {
      const created = repository.insertNote(note.guid, type.id, fields);
      placeCards(created.id, type, rendered.cards, ankiCards, [], tags);
      saved.notes++;
    }
  });
  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: 'saving-notes', done: pkg.notes.length, total: pkg.notes.length });
  decks.addEmptyLeaves();
  saved.decks = decks.summaries();
  return saved;
}
