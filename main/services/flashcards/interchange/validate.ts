// Checks on decks before export, shared by every exporter: clear errors naming the bad deck/note.
import { InterchangeFormatError } from './errors';
import type { InterchangeDeck } from './types';

/** A deck name with each "::" level trimmed; refuses empty names and empty levels ("A::::B"). */
export function normalizeDeckName(name: string): string {
  const parts = name.split('::').map((part) => part.trim());
  if (parts.some((part) => part === '')) {
    throw new InterchangeFormatError(`Deck name "${name}" is empty or has an empty "::" level`);
  }
  return parts.join('::');
}

/** Validates decks to export: names, unique names, note types. Returns the normalized names. */
export function validateDecksForExport(decks: readonly InterchangeDeck[]): string[] {
  if (decks.length === 0) throw new InterchangeFormatError('Nothing to export: no decks given');
  const seen = new Set<string>();
  return decks.map((deck) => {
    const name = normalizeDeckName(deck.name);
    if (seen.has(name.toLowerCase())) throw new InterchangeFormatError(`Deck "${name}" is listed twice`);
    seen.add(name.toLowerCase());
    deck.notes.forEach((note, index) => {
      if (note.type !== 'basic' && note.type !== 'cloze') {
        throw new InterchangeFormatError(`Deck "${name}", note ${index + 1}: unknown type "${String(note.type)}"`);
      }
      if (typeof note.front !== 'string' || typeof note.back !== 'string') {
        throw new InterchangeFormatError(`Deck "${name}", note ${index + 1}: front and back must be text`);
      }
    });
    return name;
  });
}
