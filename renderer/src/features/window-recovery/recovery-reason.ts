// The notice shown after main reloaded the window (the reason comes from the page address).
import type { RecoveryReason } from '../../../../preload/contract/window-recovery';

/** The notice for each reason, in the `dataSafety` catalog: the point is that saved work is safe. */
export const RECOVERY_MESSAGE_KEYS = {
  crashed: 'recovery.crashed',
  unresponsive: 'recovery.unresponsive',
} as const satisfies Record<RecoveryReason, string>;
