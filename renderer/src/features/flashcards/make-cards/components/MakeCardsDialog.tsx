// "Make cards" dialog: choose a deck, let the model propose cards, review/edit/untick, save the kept ones.
import { useEffect, useId, useState } from 'react';
import type { DeckSummary } from '../../../../../../preload/contract/features/flashcards';
import { Button } from '../../../../components/ui/Button';
import { Modal } from '../../../../components/ui/Modal';
import { Field, inputClass } from '../../../../components/ui/Field';
import { useTranslation } from '../../../../i18n';
import { useApi } from '../../../../lib/api';
import { toUiError } from '../../../../lib/errors';
import { DeckPicker, resolveDeckChoice, type DeckChoice } from '../../components/DeckPicker';
import { chosenCards, toRows, type ProposalRow } from '../state/proposals';
import { ProposalList } from './ProposalList';

export interface MakeCardsDialogProps {
  /** From an answer (its message id) or, when absent, from a topic the user types. */
  answerMessageId?: number;
  /** Deck to preselect; otherwise the last deck used. */
  deckId?: number | null;
  onSaved: (created: number, deckName: string) => void;
  onClose: () => void;
}

export function MakeCardsDialog({ answerMessageId, deckId, onSaved, onClose }: MakeCardsDialogProps) {
  const api = useApi();
  const id = useId();
  const { t } = useTranslation('cards');
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  const [choice, setChoice] = useState<DeckChoice>(() => ({ kind: 'new', name: t('deckPicker.defaultName') }));
  const [topic, setTopic] = useState('');
  const [rows, setRows] = useState<ProposalRow[] | null>(null);
  const [busy, setBusy] = useState<'generating' | 'saving' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([api.listDecks(), api.getLastDeck()]).then(
      ([list, last]) => {
        if (!live) return;
        setDecks(list);
        const preferred = list.find((d) => d.id === (deckId ?? last.deckId)) ?? list[0];
        if (preferred !== undefined) setChoice({ kind: 'existing', deckId: preferred.id });
      },
      (caught: unknown) => live && setError(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api, deckId]);

  const resolveDeck = async () => {
    const deck = await resolveDeckChoice(choice, (name) => api.createDeck(name), decks, t);
    if (choice.kind === 'new') setDecks(await api.listDecks());
    setChoice({ kind: 'existing', deckId: deck.id });
    return deck;
  };

  const generate = async () => {
    setBusy('generating');
    setError(null);
    try {
      const deck = await resolveDeck();
      const source = answerMessageId !== undefined ? { answerMessageId } : { topic: topic.trim() };
      const result = await api.generateCards({ source, deckId: deck.id });
      setRows(toRows(result.proposals));
    } catch (caught) {
      setError(toUiError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  const kept = rows === null ? [] : chosenCards(rows);
  const save = async () => {
    setBusy('saving');
    setError(null);
    try {
      const deck = await resolveDeck();
      const result = await api.createCards({
        deckId: deck.id,
        cards: kept,
        ...(answerMessageId !== undefined ? { sourceMessageId: answerMessageId } : {}),
      });
      onSaved(result.created, deck.name);
    } catch (caught) {
      setError(toUiError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  const canGenerate = busy === null && (answerMessageId !== undefined || topic.trim() !== '');
  return (
    <Modal title={t('makeCards.title')} testId="make-cards-dialog" width="max-w-2xl" onClose={onClose}>
      <div className="flex flex-col gap-3">
        {answerMessageId === undefined && (
          <Field id={`${id}-topic`} label={t('makeCards.topic')}>
            <input
              id={`${id}-topic`}
              data-testid="make-cards-topic"
              className={inputClass}
              value={topic}
              maxLength={500}
              onChange={(e) => setTopic(e.target.value)}
            />
          </Field>
        )}
        <Field id={`${id}-deck`} label={t('makeCards.deck')}>
          <DeckPicker id={`${id}-deck`} testId="make-cards-deck" decks={decks} value={choice} onChange={setChoice} />
        </Field>
        <div>
          <Button
            variant="secondary"
            data-testid="make-cards-generate"
            disabled={!canGenerate}
            onClick={() => void generate()}
          >
            {busy === 'generating'
              ? t('makeCards.asking')
              : rows === null
                ? t('makeCards.propose')
                : t('makeCards.proposeAgain')}
          </Button>
        </div>
        {rows !== null && (
          <ProposalList
            rows={rows}
            onChange={(index, patch) =>
              setRows((r) => r && r.map((row, i) => (i === index ? { ...row, ...patch } : row)))
            }
          />
        )}
        {error !== null && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button
            variant="primary"
            data-testid="make-cards-save"
            disabled={busy !== null || kept.length === 0}
            onClick={() => void save()}
          >
            {t('makeCards.save', { count: kept.length })}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
