// Deck <select> with a "New deck…" choice that reveals an inline name field.
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import { inputClass } from '../../../components/ui/Field';
import { useTranslation, type TFunction } from '../../../i18n';

/** The picker's value: an existing deck, or a new one to create with this name. */
export type DeckChoice = { kind: 'existing'; deckId: number } | { kind: 'new'; name: string };

export interface DeckPickerProps {
  id: string;
  decks: readonly DeckSummary[];
  value: DeckChoice;
  onChange: (value: DeckChoice) => void;
  testId: string;
}

const NEW = 'new';

export function DeckPicker({ id, decks, value, onChange, testId }: DeckPickerProps) {
  const { t } = useTranslation('cards');
  return (
    <div className="flex flex-col gap-2">
      <select
        id={id}
        data-testid={testId}
        className={inputClass}
        value={value.kind === 'new' ? NEW : String(value.deckId)}
        onChange={(event) =>
          onChange(
            event.target.value === NEW
              ? { kind: 'new', name: '' }
              : { kind: 'existing', deckId: Number(event.target.value) },
          )
        }
      >
        {decks.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.name}
          </option>
        ))}
        <option value={NEW}>{t('deckPicker.newDeck')}</option>
      </select>
      {value.kind === 'new' && (
        <input
          data-testid={`${testId}-new-name`}
          aria-label={t('deckPicker.newDeckName')}
          placeholder={t('deckPicker.newDeckName')}
          maxLength={100}
          className={inputClass}
          value={value.name}
          onChange={(event) => onChange({ kind: 'new', name: event.target.value })}
        />
      )}
    </div>
  );
}

/** Resolves a choice to a deck id, creating the deck if needed; throws a readable error on a blank name. */
export async function resolveDeckChoice(
  choice: DeckChoice,
  createDeck: (name: string) => Promise<{ id: number; name: string }>,
  decks: readonly DeckSummary[],
  t: TFunction<'cards'>,
): Promise<{ id: number; name: string }> {
  if (choice.kind === 'new') {
    if (choice.name.trim() === '') throw new Error(t('deckPicker.nameMissing'));
    return createDeck(choice.name.trim());
  }
  const deck = decks.find((d) => d.id === choice.deckId);
  return { id: choice.deckId, name: deck?.name ?? t('deckPicker.unknownDeck') };
}
