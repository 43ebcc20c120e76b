// A running import: the phase and count, a bar, and Cancel while nothing is saved yet.
import { Button } from '../../../../components/ui/Button';
import { useTranslation } from '../../../../i18n';
import { canCancel, progressLabel, progressPercent, type ImportRun } from '../state/importProgress';

export interface ImportProgressBarProps {
  run: ImportRun;
  onCancel: () => void;
}

export function ImportProgressBar({ run, onCancel }: ImportProgressBarProps) {
  const { t } = useTranslation('cards');
  const percent = progressPercent(run.progress);
  const label = progressLabel(run, t);
  return (
    <div
      data-testid="import-progress"
      data-phase={run.progress?.phase ?? 'starting'}
      className="flex w-full min-w-0 items-center gap-2 sm:w-auto"
    >
      <div className="flex min-w-40 flex-col gap-1">
        <span role="status" data-testid="import-progress-label" className="text-xs text-slate-600 dark:text-slate-300">
          {run.tooLate ? t('import.finishingMedia', { label }) : label}
        </span>
        <div
          role="progressbar"
          aria-label={t('import.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          {...(percent === null ? {} : { 'aria-valuenow': percent })}
          className="h-1.5 w-48 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div
            className={`h-full rounded-full bg-teal-600 transition-[width] ${percent === null ? 'animate-pulse' : ''}`}
            style={{ width: `${percent ?? 100}%` }}
          />
        </div>
      </div>
      <Button size="sm" variant="secondary" data-testid="import-cancel" disabled={!canCancel(run)} onClick={onCancel}>
        {t('actions.cancel', { ns: 'common' })}
      </Button>
    </div>
  );
}
