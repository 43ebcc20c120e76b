// Shown under the header while the model process is down after a crash.
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { AlertIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';

export function ModelCrashBanner({ status }: { status: ModelStatus | null }) {
  const { t } = useTranslation('models');
  if (status?.state !== 'crashed') return null;
  return (
    <div
      role="alert"
      data-testid="model-crash"
      className="flex items-center gap-2 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/60 dark:text-red-100"
    >
      <AlertIcon className="shrink-0 text-red-600 dark:text-red-400" />
      <span className="font-medium">{t('crash.restarting')}</span>
      {status.message !== null && status.message !== '' && (
        <span className="truncate text-red-800/80 dark:text-red-200/80">{status.message}</span>
      )}
    </div>
  );
}
