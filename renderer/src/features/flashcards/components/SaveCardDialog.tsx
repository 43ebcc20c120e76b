// The "Save card" dialog: editable front/back, deck (last used preselected, or a new one), tags.
import { useEffect, useId, useState } from 'react';
import type { DeckSummary, FlashCard } from '../../../../../preload/contract/features/flashcards';
import { Button } from '../../../components/ui/Button';
import { Modal } from '../../../components/ui/Modal';
import { Field, inputClass } from '../../../components/ui/Field';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { toCreateCardRequest, validateDraft, type CardDraft } from '../state/cardDraft';
import { DeckPicker, resolveDeckChoice, type DeckChoice } from './DeckPicker';

export interface SaveCardDialogProps {
  initial: CardDraft;
  onSaved: (card: FlashCard, deckName: string) => void;
  onClose: () => void;
}

const textareaClass = `${inputClass} h-auto min-h-20 py-2`;

/** Why a side is shorter than the answer: it was cut at a paragraph or sentence to fit a card's 20 KB. */
function cutNote(draft: CardDraft, side: 'front' | 'back'): string | undefined {
  if (!draft.cutToFit?.includes(side)) return undefined;
  return 'Shortened to fit a card (20 KB): it ends at the last whole paragraph or sentence that fits. Edit it before saving.';
}

export function SaveCardDialog({ initial, onSaved, onClose }: SaveCardDialogProps) {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  const [choice, setChoice] = useState<DeckChoice>({ kind: 'new', name: 'Inbox' });
  const [duplicateIn, setDuplicateIn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = validateDraft(draft);

  // Preselect the last deck used; with no decks yet, offer a new one.
  useEffect(() => {
    let live = true;
    void Promise.all([api.listDecks(), api.getLastDeck()]).then(
      ([list, last]) => {
        if (!live) return;
        setDecks(list);
        const preferred = list.find((d) => d.id === last.deckId) ?? list[0];
        if (preferred !== undefined) setChoice({ kind: 'existing', deckId: preferred.id });
      },
      (caught: unknown) => live && setError(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const update = (patch: Partial<CardDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDuplicateIn(null);
  };

  const save = async (allowDuplicate: boolean) => {
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const deck = await resolveDeckChoice(choice, (name) => api.createDeck(name), decks);
      // A new deck now exists: keep it chosen if the save below fails (no second "create").
      setChoice({ kind: 'existing', deckId: deck.id });
      if (choice.kind === 'new') setDecks(await api.listDecks());
      const card = await api.createCard(toCreateCardRequest({ ...draft, deckId: deck.id }, allowDuplicate));
      onSaved(card, deck.name);
    } catch (caught) {
      const uiError = toUiError(caught);
      if (uiError.code === 'conflict') {
        const deckName = decks.find((d) => choice.kind === 'existing' && d.id === choice.deckId)?.name;
        setDuplicateIn(deckName ?? (choice.kind === 'new' ? choice.name : 'this deck'));
      } else setError(uiError.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Save card" testId="card-dialog" onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <Field id={`${id}-front`} label="Front" hint={cutNote(initial, 'front')} error={errors.front}>
          <textarea
            id={`${id}-front`}
            data-testid="card-front"
            className={textareaClass}
            value={draft.front}
            onChange={(e) => update({ front: e.target.value })}
          />
        </Field>
        <Field id={`${id}-back`} label="Back" hint={cutNote(initial, 'back')} error={errors.back}>
          <textarea
            id={`${id}-back`}
            data-testid="card-back"
            className={`${textareaClass} min-h-32`}
            value={draft.back}
            onChange={(e) => update({ back: e.target.value })}
          />
        </Field>
        <Field id={`${id}-deck`} label="Deck">
          <DeckPicker
            id={`${id}-deck`}
            testId="card-deck"
            decks={decks}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setDuplicateIn(null);
            }}
          />
        </Field>
        <Field id={`${id}-tags`} label="Tags" hint="Optional, separated by commas or spaces." error={errors.tags}>
          <input
            id={`${id}-tags`}
            data-testid="card-tags"
            className={inputClass}
            value={draft.tagsText}
            onChange={(e) => update({ tagsText: e.target.value })}
          />
        </Field>
        {error !== null && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        {duplicateIn !== null && (
          <p data-testid="card-duplicate" role="alert" className="text-sm text-amber-800 dark:text-amber-300">
            Already in {duplicateIn}.{' '}
            <button
              type="button"
              data-testid="card-save-anyway"
              className="font-semibold underline"
              onClick={() => void save(true)}
            >
              Save anyway
            </button>
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            data-testid="card-save"
            disabled={busy || Object.keys(errors).length > 0}
          >
            Save
          </Button>
        </div>
      </form>
    </Modal>
  );
}
