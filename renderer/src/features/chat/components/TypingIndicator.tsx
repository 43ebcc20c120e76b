// Three pulsing dots while an answer streams. Deliberately text-free, so the answer's visible text
// is only what the model wrote; screen readers get the label instead.
import { useTranslation } from '../../../i18n';

export function TypingIndicator() {
  const { t } = useTranslation('chat');
  return (
    <span
      role="status"
      aria-label={t('messages.generating')}
      className="inline-flex items-center gap-1 py-1 align-middle"
    >
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 dark:bg-teal-400" />
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 [animation-delay:150ms] dark:bg-teal-400" />
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 [animation-delay:300ms] dark:bg-teal-400" />
    </span>
  );
}
