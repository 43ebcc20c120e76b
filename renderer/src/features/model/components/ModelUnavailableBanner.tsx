// Shown under the header once the model host has failed 3 times in a row and is no longer restarted.
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { AlertIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';
import type { ModelRetry } from '../hooks/useModelRetry';

export function ModelUnavailableBanner({ status, retry }: { status: ModelStatus | null; retry: ModelRetry }) {
  const { t } = useTranslation('models');
  if (status?.state !== 'unavailable') return null;
  const reason = status.message ?? t('unavailable.defaultReason');
  return (
    <div
      role="alert"
      data-testid="model-unavailable"
      className="flex items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/60 dark:text-red-100"
    >
      <AlertIcon className="shrink-0 text-red-600 dark:text-red-400" />
      <div className="min-w-0 flex-1">
        <p>
          <span className="font-medium">{t('unavailable.title')}</span> {reason}
        </p>
        {retry.error !== null && <p className="text-red-800/80 dark:text-red-200/80">{retry.error}</p>}
      </div>
      <Button size="sm" variant="secondary" onClick={retry.run} disabled={retry.busy} data-testid="model-retry">
        {retry.busy ? t('states.loading', { ns: 'common' }) : t('actions.retry', { ns: 'common' })}
      </Button>
    </div>
  );
}
