// The notice shown after main reloaded the window (the reason comes from the page address).
import type { RecoveryReason } from '../../../../preload/contract/window-recovery';

export function recoveryMessage(reason: RecoveryReason): string {
  const what = reason === 'crashed' ? 'stopped unexpectedly' : 'stopped responding';
  return (
    `The window ${what} and was reloaded. Your saved conversations and cards are safe; ` +
    'an answer that was being written may have been cut short.'
  );
}
