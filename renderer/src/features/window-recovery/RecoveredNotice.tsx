// Banner after main reloaded a crashed or hung window, so a reload never looks like a silent reset.
import { useState } from 'react';
import { Button } from '../../components/ui/Button';
import { AlertIcon } from '../../components/ui/icons';
import { useTranslation } from '../../i18n';
import { recoveryReasonFrom } from '../../../../preload/contract/window-recovery';
import { RECOVERY_MESSAGE_KEYS } from './recovery-reason';

/** `search` defaults to the page's own address (absent when rendered outside a browser, as in tests). */
export function RecoveredNotice({ search }: { search?: string }) {
  const { t } = useTranslation('dataSafety');
  const [reason, setReason] = useState(() =>
    recoveryReasonFrom(search ?? (typeof window === 'undefined' ? '' : window.location.search)),
  );
  if (!reason) return null;
  const dismiss = () => {
    // A later manual reload must not show the notice again.
    window.history.replaceState(null, '', window.location.pathname);
    setReason(null);
  };
  return (
    <div
      role="alert"
      data-testid="recovered-notice"
      className="flex items-start gap-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <p className="min-w-0 flex-1">{t(RECOVERY_MESSAGE_KEYS[reason])}</p>
      <Button size="sm" variant="ghost" data-testid="recovered-notice-dismiss" onClick={dismiss}>
        {t('actions.dismiss', { ns: 'common' })}
      </Button>
    </div>
  );
}
