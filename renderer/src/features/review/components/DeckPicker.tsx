// Which deck to review: all decks or one, with each deck's due count.
import { useEffect, useState } from 'react';
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';

export function DeckPicker({
  deckId,
  onChange,
  refreshKey,
}: {
  deckId: number | null;
  onChange: (deckId: number | null) => void;
  /** Changes after each rating so the due counts stay current. */
  refreshKey: number;
}) {
  const api = useApi();
  const { t } = useTranslation('review');
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  useEffect(() => {
    api.listDecks().then(setDecks, () => setDecks([]));
  }, [api, refreshKey]);
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-300">{t('deck.label')}</span>
      <select
        data-testid="review-deck"
        className="h-8 max-w-full min-w-0 rounded-md border border-field-line bg-white px-2 dark:bg-slate-800"
        value={deckId ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('deck.all')}</option>
        {decks.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {t('deck.option', { name: deck.name, count: deck.due })}
          </option>
        ))}
      </select>
    </label>
  );
}
