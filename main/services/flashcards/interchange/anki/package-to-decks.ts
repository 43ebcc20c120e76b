// AnkiPackage -> today's plain-text decks: the first two fields as front/back (HTML to text),
// Cloze as cloze, decks via each note's first card, tags; what is left out becomes a warning.
import type { InterchangeDeck, InterchangeImportResult, InterchangeNote } from '../types';
import { DEFAULT_DECK_ID } from './collection-json';
import { fieldHtmlToText } from './field-html';
import type { AnkiNote, AnkiNoteType, AnkiPackage } from './package';

function countBy(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Each note's deck: the home deck of its first card (lowest template ordinal). */
function noteDecks(pkg: AnkiPackage): Map<number, number> {
  const first = new Map<number, { ord: number; deckId: number }>();
  for (const card of pkg.cards) {
    const seen = first.get(card.noteId);
    if (!seen || card.ord < seen.ord) first.set(card.noteId, { ord: card.ord, deckId: card.deckId });
  }
  return new Map([...first].map(([noteId, { deckId }]) => [noteId, deckId]));
}

function toNote(
  note: AnkiNote,
  type: AnkiNoteType | undefined,
  skipped: Map<string, number>,
  extraFields: Map<string, number>,
): InterchangeNote | undefined {
  const typeName = type?.name ?? `unknown note type ${note.noteTypeId}`;
  if (!type || (type.kind !== 'cloze' && note.fields.length < 2)) {
    countBy(skipped, typeName);
    return undefined;
  }
  if (note.fields.slice(2).some((field) => fieldHtmlToText(field).trim() !== '')) countBy(extraFields, typeName);
  return {
    type: type.kind === 'cloze' ? 'cloze' : 'basic',
    front: fieldHtmlToText(note.fields[0] ?? ''),
    back: fieldHtmlToText(note.fields[1] ?? ''),
    tags: note.tags,
    guid: note.guid,
  };
}

/** Groups notes into decks in order of first appearance, plus empty leaf decks the package named. */
function groupDecks(pkg: AnkiPackage, notes: [InterchangeNote, number][]): InterchangeDeck[] {
  const names = new Map(pkg.decks.map((deck) => [deck.id, deck.name]));
  const byName = new Map<string, InterchangeDeck>();
  for (const [note, deckId] of notes) {
    const name = names.get(deckId) ?? 'Default';
    const deck = byName.get(name) ?? { name, notes: [] };
    deck.notes.push(note);
    byName.set(name, deck);
  }
  const regular = pkg.decks.filter((deck) => !deck.filtered);
  for (const deck of regular) {
    const isParent = regular.some((other) => other.name.startsWith(`${deck.name}::`));
    if (deck.id !== DEFAULT_DECK_ID && !isParent && !byName.has(deck.name)) {
      byName.set(deck.name, { name: deck.name, notes: [] });
    }
  }
  return [...byName.values()];
}

export function packageToDecks(pkg: AnkiPackage): InterchangeImportResult {
  const types = new Map(pkg.noteTypes.map((type) => [type.id, type]));
  const decksOfNotes = noteDecks(pkg);
  const skipped = new Map<string, number>();
  const extraFields = new Map<string, number>();
  const notes: [InterchangeNote, number][] = [];
  for (const note of pkg.notes) {
    const converted = toNote(note, types.get(note.noteTypeId), skipped, extraFields);
    if (converted) notes.push([converted, decksOfNotes.get(note.id) ?? DEFAULT_DECK_ID]);
  }
  const warnings: string[] = [];
  for (const [type, count] of skipped) {
    warnings.push(`${count} note(s) of type "${type}" were skipped: it is neither Cloze nor has two fields`);
  }
  for (const [type, count] of extraFields) {
    warnings.push(`${count} note(s) of type "${type}" had fields beyond the first two; those were not imported`);
  }
  if (pkg.media.length > 0) warnings.push(`${pkg.media.length} media file(s) (images, audio) were not imported`);
  warnings.push(...pkg.warnings);
  return { decks: groupDecks(pkg, notes), warnings };
}
