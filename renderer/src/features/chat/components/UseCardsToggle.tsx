// The "Use my cards" switch of the open conversation (or of the next new chat), beside the adapter's.
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import type { CardsChoiceState } from '../hooks/useCardsChoice';

export function UseCardsToggle({ state }: { state: CardsChoiceState }) {
  const { t } = useTranslation('chat');
  return (
    <>
      <label className="inline-flex min-h-6 items-center gap-2 font-medium" title={t('controls.useCardsHint')}>
        <input
          type="checkbox"
          role="switch"
          data-testid="use-cards-toggle"
          checked={state.useCards}
          // Until the conversation's own choice has arrived, a click would change a guess.
          disabled={!state.ready}
          onChange={(event) => state.setUseCards(event.target.checked)}
          className={`h-4 w-4 accent-teal-700 disabled:opacity-40 ${focusRing}`}
        />
        {t('controls.useCards')}
      </label>
      {state.error !== null && (
        <span role="alert" data-testid="use-cards-error" className="text-red-700 dark:text-red-300">
          {state.error.message}
        </span>
      )}
    </>
  );
}
