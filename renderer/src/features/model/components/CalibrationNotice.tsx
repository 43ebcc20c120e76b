// Notice under the header while the first load of a model measures thread counts ("Tuning… 1/2").
import { useEffect, useState } from 'react';
import type { CalibrationProgress } from '../../../../../preload/contract/thread-calibration';
import { useTranslation, type TFunction } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useCalibrationProgress } from '../hooks/useCalibrationProgress';

/** How long the result stays visible after tuning finished. */
const DONE_VISIBLE_MS = 6000;

/** What the notice says for one progress event. */
export function calibrationNoticeText(t: TFunction<'models'>, progress: CalibrationProgress): string {
  if (progress.state === 'running') {
    return t('calibration.running', { done: progress.done, total: progress.total });
  }
  if (progress.state === 'done') return t('calibration.done', { count: progress.threads ?? 0 });
  return t('calibration.failed', { reason: progress.message ?? t('calibration.unknownReason') });
}

export function CalibrationNoticeView({ progress }: { progress: CalibrationProgress | null }) {
  const { t } = useTranslation('models');
  if (progress === null) return null;
  const running = progress.state === 'running';
  return (
    <div
      role="status"
      data-testid="calibration-notice"
      data-state={progress.state}
      className="flex items-center gap-2 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900 dark:border-sky-900/60 dark:bg-sky-950/60 dark:text-sky-100"
    >
      {running && <span aria-hidden className="h-2 w-2 shrink-0 animate-pulse rounded-full bg-sky-500" />}
      <span>{calibrationNoticeText(t, progress)}</span>
      {running && <span className="text-sky-800/80 dark:text-sky-200/80">{t('calibration.measuring')}</span>}
    </div>
  );
}

/** The live notice: shown while tuning runs, and briefly after it finished or failed. */
export function CalibrationNotice() {
  const progress = useCalibrationProgress(useApi());
  // The finished (or failed) result that has been shown long enough; a newer event shows again.
  const [expired, setExpired] = useState<CalibrationProgress | null>(null);

  useEffect(() => {
    if (progress === null || progress.state === 'running') return;
    const timer = setTimeout(() => setExpired(progress), DONE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [progress]);

  return <CalibrationNoticeView progress={progress === expired ? null : progress} />;
}
