// Pure helpers for the first-run setup's one progress view: step names, the overall figure and the
// sentence that says which step failed.
import type { SetupStatus, SetupStepId } from '../../../../../preload/contract/features/downloads';
import type { TFunction } from '../../../i18n';
import { transferText } from './downloads';

/** Each step's name, in the `setup` catalog. */
export const STEP_LABEL_KEYS = {
  'download-model': 'progress.steps.downloadModel',
  'download-adapter': 'progress.steps.downloadAdapter',
  verify: 'progress.steps.verify',
  convert: 'progress.steps.convert',
  load: 'progress.steps.load',
} as const satisfies Record<SetupStepId, string>;

/** Whole percent over both downloads, or null while nothing is known. */
export function setupPercent(status: SetupStatus): number | null {
  if (status.totalBytes === null || status.totalBytes === 0) return null;
  return Math.min(100, Math.floor((status.receivedBytes / status.totalBytes) * 100));
}

/** "12.3 MB of 673.4 MB · 4.1 MB/s · 2 min left" */
export function setupProgressText(t: TFunction<'setup'>, status: SetupStatus): string {
  return transferText(t, status);
}

/** "Failed at step 4 of 5: Convert the adapter for this model." */
export function failureHeadline(t: TFunction<'setup'>, status: SetupStatus): string | null {
  if (status.failedStep === null) return null;
  const index = status.steps.findIndex((step) => step.id === status.failedStep);
  return t('progress.failedAt', {
    step: index + 1,
    total: status.steps.length,
    label: t(STEP_LABEL_KEYS[status.failedStep]),
  });
}

/** The step being worked on now (for a one-line summary), or null. */
export function currentStep(status: SetupStatus): SetupStepId | null {
  return status.steps.find((step) => step.state === 'running')?.id ?? null;
}

/** What the setup screen's main button does for a status: start, or nothing while it runs or is done. */
export function setupActive(status: SetupStatus | null): boolean {
  return status !== null && status.state !== 'idle';
}
