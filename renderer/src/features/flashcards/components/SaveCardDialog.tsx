// The "Save card" dialog: editable front/back, deck (last used preselected, or a new one), tags.
import { useEffect, useId, useState } from 'react';
import type { DeckSummary, FlashCard } from '../../../../../preload/contract/features/flashcards';
import { Button } from '../../../components/ui/Button';
import { Modal } from '../../../components/ui/Modal';
import { Field, inputClass } from '../../../components/ui/Field';
import { formatBytes } from '../../../lib/format';
import { useTranslation, type TFunction } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { toCreateCardRequest, validateDraft, type CardDraft } from '../state/cardDraft';
import { CARD_SIDE_MAX_BYTES } from '../state/fitCardSide';
import { DeckPicker, resolveDeckChoice, type DeckChoice } from './DeckPicker';

export interface SaveCardDialogProps {
  initial: CardDraft;
  onSaved: (card: FlashCard, deckName: string) => void;
  onClose: () => void;
}

const textareaClass = `${inputClass} h-auto min-h-20 py-2`;

/** Why a side is shorter than the answer: it was cut at a paragraph or sentence to fit a card's 20 KB. */
function cutNote(draft: CardDraft, side: 'front' | 'back', t: TFunction<'cards'>): string | undefined {
  if (!draft.cutToFit?.includes(side)) return undefined;
  return t('saveCard.cutToFit', { size: formatBytes(CARD_SIDE_MAX_BYTES) });
}

export function SaveCardDialog({ initial, onSaved, onClose }: SaveCardDialogProps) {
  const api = useApi();
  const id = useId();
  const { t } = useTranslation('cards');
  const [draft, setDraft] = useState(initial);
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  const [choice, setChoice] = useState<DeckChoice>(() => ({ kind: 'new', name: t('deckPicker.defaultName') }));
  /** The card is already in a deck: its name, or null when it is not known here. */
  const [duplicate, setDuplicate] = useState<{ deck: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = validateDraft(draft, t);

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
    setDuplicate(null);
  };

  const save = async (allowDuplicate: boolean) => {
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const deck = await resolveDeckChoice(choice, (name) => api.createDeck(name), decks, t);
      // A new deck now exists: keep it chosen if the save below fails (no second "create").
      setChoice({ kind: 'existing', deckId: deck.id });
      if (choice.kind === 'new') setDecks(await api.listDecks());
      const card = await api.createCard(toCreateCardRequest({ ...draft, deckId: deck.id }, allowDuplicate));
      onSaved(card, deck.name);
    } catch (caught) {
      const uiError = toUiError(caught);
      if (uiError.code === 'conflict') {
        const deckName = decks.find((d) => choice.kind === 'existing' && d.id === choice.deckId)?.name;
        setDuplicate({ deck: deckName ?? (choice.kind === 'new' ? choice.name : null) });
      } else setError(uiError.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('saveCard.title')} testId="card-dialog" onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <Field id={`${id}-front`} label={t('saveCard.front')} hint={cutNote(initial, 'front', t)} error={errors.front}>
          <textarea
            id={`${id}-front`}
            data-testid="card-front"
            className={textareaClass}
            value={draft.front}
            onChange={(e) => update({ front: e.target.value })}
          />
        </Field>
        <Field id={`${id}-back`} label={t('saveCard.back')} hint={cutNote(initial, 'back', t)} error={errors.back}>
          <textarea
            id={`${id}-back`}
            data-testid="card-back"
            className={`${textareaClass} min-h-32`}
            value={draft.back}
            onChange={(e) => update({ back: e.target.value })}
          />
        </Field>
        <Field id={`${id}-deck`} label={t('saveCard.deck')}>
          <DeckPicker
            id={`${id}-deck`}
            testId="card-deck"
            decks={decks}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setDuplicate(null);
            }}
          />
        </Field>
        <Field id={`${id}-tags`} label={t('saveCard.tags')} hint={t('saveCard.tagsHint')} error={errors.tags}>
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
        {duplicate !== null && (
          <p data-testid="card-duplicate" role="alert" className="text-sm text-amber-800 dark:text-amber-300">
            {duplicate.deck === null ? t('saveCard.duplicateHere') : t('saveCard.duplicate', { deck: duplicate.deck })}{' '}
            <button
              type="button"
              data-testid="card-save-anyway"
              className="font-semibold underline"
              onClick={() => void save(true)}
            >
              {t('saveCard.saveAnyway')}
            </button>
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button
            type="submit"
            variant="primary"
            data-testid="card-save"
            disabled={busy || Object.keys(errors).length > 0}
          >
            {t('actions.save', { ns: 'common' })}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
