// Inline error message (role=alert) with optional action and dismiss; data-testid="error-banner".
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { focusRing } from './Button';
import { AlertIcon, CloseIcon } from './icons';

export interface ErrorBannerProps {
  message: string;
  action?: ReactNode;
  onDismiss?: () => void;
}

export function ErrorBanner({ message, action, onDismiss }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      data-testid="error-banner"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/50 dark:text-red-100"
    >
      <AlertIcon className="mt-0.5 shrink-0 text-red-600 dark:text-red-400" />
      <p className="min-w-0 flex-1 break-words">{message}</p>
      {action}
      {onDismiss !== undefined && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t('actions.dismissError')}
          className={`rounded p-0.5 text-red-700 hover:bg-red-100 dark:text-red-300 dark:hover:bg-red-900/50 ${focusRing}`}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}
