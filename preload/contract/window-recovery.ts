// How main tells a page it reloaded why it did: a query parameter on the page address (no IPC needed,
// and it survives the reload itself).

export const RECOVERY_REASONS = ['crashed', 'unresponsive'] as const;
export type RecoveryReason = (typeof RECOVERY_REASONS)[number];

const PARAM = 'recovered';

export function recoveredPagePath(reason: RecoveryReason): string {
  return `/index.html?${PARAM}=${reason}`;
}

export function recoveryReasonFrom(search: string): RecoveryReason | null {
  const value = new URLSearchParams(search).get(PARAM);
  return (RECOVERY_REASONS as readonly string[]).includes(value ?? '') ? (value as RecoveryReason) : null;
}
