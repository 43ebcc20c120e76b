// Notes and note types as the store hands them out (camelCase; JSON columns parsed).
import type { CardTemplate } from '../templates';
import type { Card } from '../types';

export type NoteKind = 'standard' | 'cloze';

export interface NoteTypeRecord {
  id: number;
  name: string;
  kind: NoteKind;
  /** Field names in field order. */
  fields: string[];
  /** Templates in card order ({name, front = Anki's qfmt, back = afmt}). */
  templates: CardTemplate[];
  css: string;
  /** Index of the field Anki's browser sorts and shows notes by. */
  sortField: number;
  /** The note type's id in the Anki collection it was imported from, or null. */
  sourceId: number | null;
}

export interface NoteRecord {
  id: number;
  guid: string;
  noteTypeId: number;
  /** One HTML value per field name, as imported or last saved (sanitized on every way out). */
  fields: string[];
  createdAt: number;
  updatedAt: number;
}

/** What notes:get answers: the note with its type, sanitized fields and its cards' tags. */
export interface NoteView {
  id: number;
  guid: string;
  noteType: { id: number; name: string; kind: NoteKind; fields: string[]; templates: CardTemplate[] };
  fields: string[];
  tags: string[];
}

export interface NoteUpdate {
  note: NoteView;
  /** The note's live cards after the update, by template order. */
  cards: Card[];
  added: number;
}
