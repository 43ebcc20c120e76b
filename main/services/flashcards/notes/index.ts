// Notes (imported Anki notes: fields, note types, media names) and the HTML cards rendered from them.
export { NoteService } from './note-service';
export { NoteRepository, type NewNoteType } from './note-repository';
export { NoteCardStore, type NewNoteCard, type NoteCardRef } from './note-card-store';
export { mediaLookup, renderNote, type NoteContext, type RenderedNote, type RenderedSides } from './render-note';
export { treeText } from './tree-text';
export { sortFieldIn } from './note-rows';
export type { NoteKind, NoteRecord, NoteTypeRecord, NoteUpdate, NoteView } from './types';
export { mediaInUse } from './media-in-use';
