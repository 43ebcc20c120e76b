// A transient notice with one optional action (e.g. "Undo"), announced politely to screen readers.
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { focusRing } from './Button';
import { CloseIcon } from './icons';

export interface ToastProps {
  message: ReactNode;
  actionLabel?: string;
  onAction?: () => void;
  actionTestId?: string;
  onDismiss: () => void;
}

export function Toast({ message, actionLabel, onAction, actionTestId, onDismiss }: ToastProps) {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-3 rounded-xl bg-slate-900 px-4 py-3 text-sm text-slate-50 shadow-lg ring-1 ring-black/10 dark:bg-slate-100 dark:text-slate-900"
    >
      <span className="min-w-0 flex-1 truncate">{message}</span>
      {actionLabel !== undefined && onAction !== undefined && (
        <button
          type="button"
          onClick={onAction}
          data-testid={actionTestId}
          className={`rounded-md px-2 py-1 font-semibold text-teal-300 hover:bg-white/10 dark:text-teal-700 dark:hover:bg-black/5 ${focusRing}`}
        >
          {actionLabel}
        </button>
      )}
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('actions.dismiss')}
        className={`rounded-md p-1 text-slate-400 hover:text-white dark:text-slate-500 dark:hover:text-slate-900 ${focusRing}`}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
