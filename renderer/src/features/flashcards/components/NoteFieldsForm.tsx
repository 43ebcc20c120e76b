// The fields of an imported note, one per field name, edited as HTML with a live preview of each;
// Save writes changed fields to the note (notes:update re-renders its cards) and changed tags to the card.
import { useId, useState } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { Note } from '../../../../../preload/contract/features/notes';
import { CardContent } from '../../../components/card/CardContent';
import { Field, inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { planNoteSave } from '../state/noteDraft';
import { EditorActions } from './EditorActions';

export interface NoteFieldsFormProps {
  card: FlashCard;
  note: Note;
  onSaved: (card: FlashCard) => void;
  onDelete: (card: FlashCard) => void;
}

const textareaClass = `${inputClass} h-auto min-h-20 py-2 font-mono text-xs`;

export function NoteFieldsForm({ card, note: loaded, onSaved, onDelete }: NoteFieldsFormProps) {
  const api = useApi();
  const id = useId();
  const { t } = useTranslation('cards');
  const [note, setNote] = useState(loaded);
  const [current, setCurrent] = useState(card);
  const [fields, setFields] = useState<string[]>(loaded.fields);
  const [tagsText, setTagsText] = useState(card.tags.join(', '));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const plan = planNoteSave({ note, card: current, fields, tagsText }, t);
  const save = async () => {
    setBusy(true);
    try {
      let updated = current;
      if (plan.fields !== null) {
        const result = await api.updateNote(note.id, plan.fields);
        setNote(result.note);
        setFields(result.note.fields);
        updated = result.cards.find((c) => c.id === current.id) ?? (await api.getCard(current.id));
      }
      if (plan.tags !== null) updated = await api.updateCard(current.id, { tags: plan.tags });
      setCurrent(updated);
      setTagsText(updated.tags.join(', '));
      setMessage(t('states.saved', { ns: 'common' }));
      onSaved(updated);
    } catch (caught) {
      setMessage(toUiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const edit = (update: () => void) => {
    update();
    setMessage(null);
  };

  return (
    <>
      <p data-testid="note-type" className="text-sm text-slate-600 dark:text-slate-300">
        {t('editor.ankiNote', { type: note.noteType.name })}
      </p>
      {note.noteType.fields.map((name, i) => (
        <Field key={`${i}-${name}`} id={`${id}-field-${i}`} label={name} hint={t('editor.noteFieldHint')}>
          <textarea
            id={`${id}-field-${i}`}
            data-testid="editor-note-field"
            data-field-name={name}
            className={textareaClass}
            value={fields[i] ?? ''}
            onChange={(e) => edit(() => setFields(fields.map((value, j) => (j === i ? e.target.value : value))))}
          />
          <CardContent
            data-testid="editor-note-preview"
            format="html"
            content={fields[i] ?? ''}
            className="rounded-lg border border-dashed border-slate-300 p-2 text-sm dark:border-slate-600"
          />
        </Field>
      ))}
      <Field id={`${id}-tags`} label={t('editor.tags')} hint={t('editor.tagsHint')} error={plan.tagsError}>
        <input
          id={`${id}-tags`}
          data-testid="editor-tags"
          className={inputClass}
          value={tagsText}
          onChange={(e) => edit(() => setTagsText(e.target.value))}
        />
      </Field>
      <EditorActions
        message={message}
        busy={busy}
        canSave={plan.canSave}
        onSave={() => void save()}
        onDelete={() => onDelete(current)}
      />
    </>
  );
}
