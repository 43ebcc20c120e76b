// "Move to deck…": moves the selected cards to another deck (or a new one).
import { useState } from 'react';
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import { Button } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { DeckPicker, type DeckChoice } from './DeckPicker';

export interface MoveToDeckProps {
  count: number;
  decks: readonly DeckSummary[];
  currentDeckId: number | null;
  onMove: (choice: DeckChoice) => void;
}

export function MoveToDeck({ count, decks, currentDeckId, onMove }: MoveToDeckProps) {
  const { t } = useTranslation('cards');
  const [open, setOpen] = useState(false);
  const others = decks.filter((d) => d.id !== currentDeckId);
  const first = others[0];
  const [choice, setChoice] = useState<DeckChoice | null>(null);
  const value: DeckChoice =
    choice ?? (first === undefined ? { kind: 'new', name: '' } : { kind: 'existing', deckId: first.id });

  if (!open) {
    return (
      <Button size="sm" data-testid="cards-move" disabled={count === 0} onClick={() => setOpen(true)}>
        {count > 0 ? t('move.openSelected', { selected: count }) : t('move.open')}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="move-panel">
      <label htmlFor="move-deck" className="self-center text-sm">
        {t('move.to')}
      </label>
      <DeckPicker id="move-deck" testId="move-deck" decks={others} value={value} onChange={setChoice} />
      <Button
        size="sm"
        variant="primary"
        data-testid="move-confirm"
        onClick={() => {
          setOpen(false);
          setChoice(null);
          onMove(value);
        }}
      >
        {t('move.confirm', { selected: count })}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
        {t('actions.cancel', { ns: 'common' })}
      </Button>
    </div>
  );
}
