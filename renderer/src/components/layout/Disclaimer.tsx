// The always-visible education-only notice, in the UI language.
import { useTranslation } from '../../i18n';

export function Disclaimer() {
  const { t } = useTranslation('shell');
  return (
    <div
      data-testid="disclaimer"
      role="note"
      className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs font-medium text-amber-900 dark:border-amber-900/50 dark:bg-amber-950/60 dark:text-amber-100"
    >
      {t('disclaimer')}
    </div>
  );
}
