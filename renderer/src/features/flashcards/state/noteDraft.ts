// What saving an edited note sends: the fields when any changed (all of them, as notes:update replaces
// the note's fields), the card's tags when they changed, and whether Save is allowed at all.
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { Note } from '../../../../../preload/contract/features/notes';
import type { TFunction } from '../../../i18n';
import { parseTags, tagsProblem } from './cardDraft';

export interface NoteDraft {
  note: Note;
  card: FlashCard;
  fields: string[];
  tagsText: string;
}

export interface NoteSavePlan {
  /** The note's new fields, or null when none changed. */
  fields: string[] | null;
  /** The card's new tags, or null when unchanged. */
  tags: string[] | null;
  tagsError: string | undefined;
  canSave: boolean;
}

export function planNoteSave({ note, card, fields, tagsText }: NoteDraft, t: TFunction<'cards'>): NoteSavePlan {
  const fieldsChanged = fields.length !== note.fields.length || fields.some((value, i) => value !== note.fields[i]);
  const tags = parseTags(tagsText);
  const tagsChanged = tags.join('\n') !== card.tags.join('\n');
  const tagsError = tagsProblem(tags, t);
  return {
    fields: fieldsChanged ? fields : null,
    tags: tagsChanged ? tags : null,
    tagsError,
    canSave: (fieldsChanged || tagsChanged) && tagsError === undefined,
  };
}
