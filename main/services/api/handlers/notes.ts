// Note channels → NoteService.
import type { notesInvokeChannels } from '../../../../preload/contract/features/notes';
import type { NoteService } from '../../flashcards/notes';
import type { FeatureHandlers } from './types';

export function notesHandlers(notes: NoteService): FeatureHandlers<typeof notesInvokeChannels> {
  return {
    'notes:get': ({ id }) => notes.get(id),
    'notes:update': ({ id, fields }) => notes.update(id, fields),
  };
}
