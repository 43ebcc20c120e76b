// Notes: the fields a card is rendered from (imported Anki notes); read a note, edit its fields.
import { z } from 'zod';
import { idSchema } from '../schemas';
import { textSchema } from '../text';
import { cardSchema } from './flashcards';

/** More fields than any real note type has; one request stays within the payload cap anyway. */
const NOTE_FIELDS_MAX = 200;
/** One field's HTML (real fields are far smaller; the whole request is also capped by LIMITS.payloadBytes). */
const NOTE_FIELD_CHARS = 60_000;

export const noteTemplateSchema = z.strictObject({
  name: z.string(),
  /** Anki's question template ("{{Front}}"). */
  front: z.string(),
  /** Anki's answer template ("{{FrontSide}}<hr id=answer>{{Back}}"). */
  back: z.string(),
});

export const noteTypeSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  /** 'cloze': one card per cloze number ({{c1::…}}); 'standard': one card per template with content. */
  kind: z.enum(['standard', 'cloze']),
  /** Field names, in the order of a note's `fields`. */
  fields: z.array(z.string()),
  templates: z.array(noteTemplateSchema),
});

export const noteSchema = z.strictObject({
  id: idSchema,
  guid: z.string(),
  noteType: noteTypeSchema,
  /** One value per field name, sanitized HTML (media as app://media/<hash>). */
  fields: z.array(z.string()),
  /** The tags of the note's cards, sorted. */
  tags: z.array(z.string()),
});

export const notesInvokeChannels = {
  'notes:get': { request: z.strictObject({ id: idSchema }), response: noteSchema },
  /**
   * Replaces the note's fields (sanitized, one per field name), re-renders every card of the note and
   * adds cards for templates (or cloze numbers) that now have content; review state is kept.
   */
  'notes:update': {
    request: z.strictObject({
      id: idSchema,
      fields: z.array(textSchema(NOTE_FIELD_CHARS)).min(1).max(NOTE_FIELDS_MAX),
    }),
    response: z.strictObject({
      note: noteSchema,
      /** The note's live cards after the update, by template order. */
      cards: z.array(cardSchema),
      /** Cards created by this update. */
      added: z.number().int().min(0),
    }),
  },
} as const;

type Channels = typeof notesInvokeChannels;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;

export type Note = z.infer<typeof noteSchema>;
export type NoteTypeInfo = z.infer<typeof noteTypeSchema>;
export type NoteTemplate = z.infer<typeof noteTemplateSchema>;
export type NoteUpdateResult = Response<'notes:update'>;

export interface NotesApi {
  getNote(id: number): Promise<Response<'notes:get'>>;
  updateNote(id: number, fields: string[]): Promise<Response<'notes:update'>>;
}
