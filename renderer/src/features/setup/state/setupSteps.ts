// Pure helpers for the first-run setup's one progress view: step names, the overall figure and the
// sentence that says which step failed.
import type { SetupStatus, SetupStepId } from '../../../../../preload/contract/features/downloads';
import { formatBytes, formatEta } from './downloads';

export const STEP_LABELS: Record<SetupStepId, string> = {
  'download-model': 'Download the model',
  'download-adapter': 'Download the medical adapter',
  verify: 'Verify the files',
  convert: 'Convert the adapter for this model',
  load: 'Load the model and the adapter',
};

/** Whole percent over both downloads, or null while nothing is known. */
export function setupPercent(status: SetupStatus): number | null {
  if (status.totalBytes === null || status.totalBytes === 0) return null;
  return Math.min(100, Math.floor((status.receivedBytes / status.totalBytes) * 100));
}

/** "12.3 MB of 673.4 MB · 4.1 MB/s · 2 min left" */
export function setupProgressText(status: SetupStatus): string {
  const parts = [
    status.totalBytes === null
      ? formatBytes(status.receivedBytes)
      : `${formatBytes(status.receivedBytes)} of ${formatBytes(status.totalBytes)}`,
  ];
  if (status.bytesPerSecond !== null && status.bytesPerSecond > 0)
    parts.push(`${formatBytes(status.bytesPerSecond)}/s`);
  if (status.etaSeconds !== null) parts.push(formatEta(status.etaSeconds));
  return parts.join(' · ');
}

/** "Failed at step 4 of 5: Convert the adapter for this model." */
export function failureHeadline(status: SetupStatus): string | null {
  if (status.failedStep === null) return null;
  const index = status.steps.findIndex((step) => step.id === status.failedStep);
  return `Failed at step ${index + 1} of ${status.steps.length}: ${STEP_LABELS[status.failedStep]}.`;
}

/** The step being worked on now (for a one-line summary), or null. */
export function currentStep(status: SetupStatus): SetupStepId | null {
  return status.steps.find((step) => step.state === 'running')?.id ?? null;
}

/** What the setup screen's main button does for a status: start, or nothing while it runs or is done. */
export function setupActive(status: SetupStatus | null): boolean {
  return status !== null && status.state !== 'idle';
}
