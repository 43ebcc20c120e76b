// Editor for a card rendered from a note (an imported Anki card): loads the note, then NoteFieldsForm
// edits its fields (the note re-renders all its cards) and the card's tags.
import { useEffect, useState } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { Note } from '../../../../../preload/contract/features/notes';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { NoteFieldsForm } from './NoteFieldsForm';

export interface NoteCardEditorProps {
  card: FlashCard & { noteId: number };
  onSaved: (card: FlashCard) => void;
  onDelete: (card: FlashCard) => void;
}

export function NoteCardEditor({ card, onSaved, onDelete }: NoteCardEditorProps) {
  const api = useApi();
  const { t } = useTranslation('cards');
  const [note, setNote] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getNote(card.noteId).then(
      (loaded) => live && setNote(loaded),
      (caught: unknown) => live && setError(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api, card.noteId]);

  if (note === null) {
    return (
      <p data-testid="note-editor-loading" role={error === null ? undefined : 'alert'} className="text-sm text-muted">
        {error ?? t('editor.loadingNote')}
      </p>
    );
  }
  return <NoteFieldsForm card={card} note={note} onSaved={onSaved} onDelete={onDelete} />;
}
