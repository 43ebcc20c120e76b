// Editor panel for one card: front, back, tags, note type; Save and Delete (Undo through the view's toast).
// Cards rendered from an imported note are edited through the note's fields instead (NoteCardEditor).
import { useEffect, useId, useState } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import { Field, inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { parseTags, validateDraft, type NoteType } from '../state/cardDraft';
import { NoteCardEditor } from './NoteCardEditor';
import { EditorActions } from './EditorActions';

export interface CardEditorProps {
  cardId: number;
  onSaved: (card: FlashCard) => void;
  onDelete: (card: FlashCard) => void;
}

interface Form {
  front: string;
  back: string;
  tagsText: string;
  noteType: NoteType;
}

const formOf = (card: FlashCard): Form => ({
  front: card.front,
  back: card.back,
  tagsText: card.tags.join(', '),
  noteType: card.noteType,
});

const textareaClass = `${inputClass} h-auto min-h-24 py-2`;
// Its width is the view's to set: beside the list on wide windows, in its place on narrow ones.
const panelClass =
  'flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto border-slate-200 p-4 lg:border-l dark:border-slate-800';

const noteCard = (card: FlashCard): (FlashCard & { noteId: number }) | null =>
  card.format === 'html' && card.noteId !== null ? { ...card, noteId: card.noteId } : null;

export function CardEditor({ cardId, onSaved, onDelete }: CardEditorProps) {
  const api = useApi();
  const id = useId();
  const { t } = useTranslation('cards');
  const [card, setCard] = useState<FlashCard | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.getCard(cardId).then(
      (loaded) => {
        if (!live) return;
        setCard(loaded);
        setForm(formOf(loaded));
        setMessage(null);
      },
      (caught: unknown) => live && setMessage(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api, cardId]);

  if (card === null || form === null) {
    return (
      <section data-testid="card-editor" className="flex-1 p-4 text-sm text-muted">
        {message ?? t('editor.loading')}
      </section>
    );
  }

  const fromNote = noteCard(card);
  if (fromNote !== null) {
    return (
      <section data-testid="card-editor" data-card-id={card.id} aria-label={t('editor.label')} className={panelClass}>
        <NoteCardEditor
          card={fromNote}
          onSaved={(updated) => {
            setCard(updated);
            onSaved(updated);
          }}
          onDelete={onDelete}
        />
      </section>
    );
  }

  const errors = validateDraft({ ...form, deckId: card.deckId, sourceMessageId: null }, t);
  const dirty = JSON.stringify(form) !== JSON.stringify(formOf(card));
  const save = async () => {
    setBusy(true);
    try {
      const updated = await api.updateCard(card.id, {
        front: form.front.trim(),
        back: form.back.trim(),
        noteType: form.noteType,
        tags: parseTags(form.tagsText),
      });
      setCard(updated);
      setForm(formOf(updated));
      setMessage(t('states.saved', { ns: 'common' }));
      onSaved(updated);
    } catch (caught) {
      setMessage(toUiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setMessage(null);
  };

  return (
    <section data-testid="card-editor" data-card-id={card.id} aria-label={t('editor.label')} className={panelClass}>
      <Field id={`${id}-type`} label={t('editor.type')}>
        <select
          id={`${id}-type`}
          data-testid="editor-type"
          className={inputClass}
          value={form.noteType}
          onChange={(e) => set({ noteType: e.target.value === 'cloze' ? 'cloze' : 'basic' })}
        >
          <option value="basic">{t('editor.basic')}</option>
          <option value="cloze">{t('editor.clozeType', { example: '{{c1::…}}' })}</option>
        </select>
      </Field>
      <Field
        id={`${id}-front`}
        label={form.noteType === 'cloze' ? t('editor.text') : t('editor.front')}
        error={errors.front}
      >
        <textarea
          id={`${id}-front`}
          data-testid="editor-front"
          className={textareaClass}
          value={form.front}
          onChange={(e) => set({ front: e.target.value })}
        />
      </Field>
      <Field
        id={`${id}-back`}
        label={form.noteType === 'cloze' ? t('editor.extra') : t('editor.back')}
        error={errors.back}
      >
        <textarea
          id={`${id}-back`}
          data-testid="editor-back"
          className={`${textareaClass} min-h-40`}
          value={form.back}
          onChange={(e) => set({ back: e.target.value })}
        />
      </Field>
      <Field id={`${id}-tags`} label={t('editor.tags')} hint={t('editor.tagsHint')} error={errors.tags}>
        <input
          id={`${id}-tags`}
          data-testid="editor-tags"
          className={inputClass}
          value={form.tagsText}
          onChange={(e) => set({ tagsText: e.target.value })}
        />
      </Field>
      <EditorActions
        message={message}
        busy={busy}
        canSave={dirty && Object.keys(errors).length === 0}
        onSave={() => void save()}
        onDelete={() => onDelete(card)}
      />
    </section>
  );
}
