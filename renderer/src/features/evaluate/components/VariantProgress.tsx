// Progress of one variant of the running evaluation: a bar, items done / total and tokens/s.
import type { EvaluationProgressEvent, EvaluationVariantId } from '../../../../../preload/contract/features/evaluation';
import { useFormatters, useTranslation } from '../../../i18n';
import { VARIANT_KEYS } from '../state/chartLayout';

export interface VariantProgressProps {
  variant: EvaluationVariantId;
  progress: EvaluationProgressEvent | undefined;
  /** An earlier variant is still being scored. */
  queued: boolean;
}

export function VariantProgress({ variant, progress, queued }: VariantProgressProps) {
  const total = progress?.itemsTotal ?? 0;
  const done = progress?.itemsDone ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const { t } = useTranslation('evaluate');
  const fmt = useFormatters();
  const label = t(VARIANT_KEYS[variant]);
  return (
    <div
      data-testid={`evaluation-progress-${variant}`}
      data-done={done}
      data-total={total}
      className="flex flex-col gap-1"
    >
      <div className="flex items-baseline gap-2 text-sm">
        <span className="font-medium text-slate-800 dark:text-slate-100">{label}</span>
        <span className="text-muted">
          {progress === undefined
            ? queued
              ? t('progress.queued')
              : t('progress.preparing')
            : t('progress.items', { done, count: total, speed: fmt.tokensPerSecond(progress.tokensPerSecond) })}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t('progress.label', { variant: label })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full transition-[width] ${variant === 'adapter' ? 'bg-teal-600' : 'bg-slate-500'}`}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
