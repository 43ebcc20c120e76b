// The first-run setup's one progress view: a bar over both downloads, the five steps with their state,
// and on failure which step failed, why, and Retry (which resumes from what is already on disk).
import type { SetupStatus, SetupStepState } from '../../../../../preload/contract/features/downloads';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { AlertIcon, CheckIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';
import { formatPercentDone } from '../state/downloads';
import { failureHeadline, setupPercent, setupProgressText, STEP_LABEL_KEYS } from '../state/setupSteps';

function StepMarker({ state }: { state: SetupStepState }) {
  if (state === 'done') return <CheckIcon className="text-emerald-600 dark:text-emerald-400" aria-hidden="true" />;
  if (state === 'failed') return <AlertIcon className="text-red-600 dark:text-red-400" aria-hidden="true" />;
  const tone =
    state === 'running'
      ? 'animate-pulse bg-teal-600'
      : state === 'paused'
        ? 'bg-amber-500'
        : 'bg-slate-300 dark:bg-slate-600';
  return <span aria-hidden="true" className={`mx-1 inline-block h-2 w-2 rounded-full ${tone}`} />;
}

export interface SetupProgressProps {
  status: SetupStatus;
  busy: boolean;
  onRetry(): void;
  onPause(): void;
}

export function SetupProgress({ status, busy, onRetry, onPause }: SetupProgressProps) {
  const { t } = useTranslation('setup');
  const percent = setupPercent(status);
  const headline = failureHeadline(t, status);
  const figures = setupProgressText(t, status);
  const failed = status.state === 'failed';
  return (
    <section
      data-testid="setup-progress"
      data-state={status.state}
      aria-labelledby="setup-progress-heading"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="setup-progress-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {status.adapterEntryId === null ? t('progress.title') : t('progress.titleWithAdapter')}
      </h3>
      <div
        role="progressbar"
        data-testid="setup-progress-bar"
        aria-labelledby="setup-progress-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={
          percent === null
            ? figures
            : t('card.progressValue', { percent: formatPercentDone(percent), progress: figures })
        }
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 ${failed ? 'bg-red-600' : 'bg-teal-600'}`}
          style={{ width: `${percent ?? 0}%` }}
        />
      </div>
      <p data-testid="setup-progress-stats" className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
        {percent === null ? figures : `${formatPercentDone(percent)} · ${figures}`}
      </p>

      <ol className="flex flex-col gap-1.5">
        {status.steps.map((step, index) => (
          <li
            key={step.id}
            data-testid={`setup-step-${step.id}`}
            data-state={step.state}
            className={`flex items-start gap-2 text-sm ${
              step.state === 'skipped' ? 'text-muted' : 'text-slate-800 dark:text-slate-200'
            }`}
          >
            <span className="mt-0.5 flex w-5 justify-center">
              <StepMarker state={step.state} />
            </span>
            <span className="min-w-0 flex-1">
              <span className="font-medium">
                {index + 1}. {t(STEP_LABEL_KEYS[step.id])}
              </span>
              <span className="text-xs text-muted"> · {t(`progress.stepState.${step.state}`)}</span>
              {step.detail !== null && step.state !== 'failed' && (
                <span className="block text-xs break-words text-slate-600 dark:text-slate-300">{step.detail}</span>
              )}
            </span>
          </li>
        ))}
      </ol>

      {failed && headline !== null && (
        <div data-testid="setup-failure" className="flex flex-col gap-2">
          <p className="text-sm font-semibold text-red-800 dark:text-red-200">{headline}</p>
          {status.error !== null && <ErrorBanner message={status.error} />}
        </div>
      )}

      <div className="flex flex-wrap gap-2">
        {status.state === 'running' && (
          <Button size="sm" data-testid="setup-pause" disabled={busy} onClick={onPause}>
            {t('progress.pause')}
          </Button>
        )}
        {status.state === 'paused' && (
          <Button size="sm" variant="primary" data-testid="setup-resume" disabled={busy} onClick={onRetry}>
            {t('progress.resume')}
          </Button>
        )}
        {failed && (
          <Button size="sm" variant="primary" data-testid="setup-retry" disabled={busy} onClick={onRetry}>
            {t('progress.retry')}
          </Button>
        )}
      </div>
    </section>
  );
}
