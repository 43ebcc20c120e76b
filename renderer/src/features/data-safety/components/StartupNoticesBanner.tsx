// Banner under the header when start-up restored a damaged data file from a backup (or could not).
import type { StartupNotice } from '../../../../../preload/contract/features/app';
import { Button } from '../../../components/ui/Button';
import { AlertIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';

export interface StartupNoticesBannerProps {
  notices: readonly StartupNotice[];
  onDismiss: () => void;
}

export function StartupNoticesBanner({ notices, onDismiss }: StartupNoticesBannerProps) {
  const { t } = useTranslation('dataSafety');
  const fmt = useFormatters();
  if (notices.length === 0) return null;
  const severe = notices.some((notice) => notice.kind === 'unrecoverable');
  const tone = severe
    ? 'border-red-200 bg-red-50 text-red-900 dark:border-red-900/60 dark:bg-red-950/60 dark:text-red-100'
    : 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/60 dark:text-amber-100';
  // Worded here from the notice's facts (main's `message` is its English log line), with the backup's date local.
  const text = (notice: StartupNotice) => {
    const path = notice.damagedPath;
    if (notice.kind === 'unrecoverable') return t('startup.unrecoverable', { path });
    return notice.backupTakenAt === null
      ? t('startup.restoredUndated', { path })
      : t('startup.restored', { path, date: fmt.timestamp(notice.backupTakenAt) });
  };
  return (
    <div
      role="alert"
      data-testid="startup-notices"
      className={`flex items-start gap-2 border-b px-4 py-2 text-sm ${tone}`}
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <ul className="min-w-0 flex-1 break-words">
        {notices.map((notice) => (
          <li key={`${notice.kind}:${notice.damagedPath}`}>{text(notice)}</li>
        ))}
      </ul>
      <Button size="sm" variant="ghost" data-testid="startup-notices-dismiss" onClick={onDismiss}>
        {t('actions.dismiss', { ns: 'common' })}
      </Button>
    </div>
  );
}
