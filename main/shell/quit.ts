// Quitting: stop IPC, close the services within a deadline, then exit, also when the OS session ends.
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { closeWithDeadline, type CloseOutcome } from '../services/app/close-with-deadline';

/**
 * Long enough for a normal close (Stop with its own 2 s deadline, host exit, the last automatic
 * backup of a large database), short enough that a hang never outlives the user's patience.
 */
export const QUIT_DEADLINE_MS = 15_000;
/** Windows ends the session a few seconds after telling the app: close what can be closed by then. */
export const SESSION_END_DEADLINE_MS = 4_000;

export interface QuitHooks {
  /** Removes the IPC handlers, so nothing reaches the services while they close. */
  stopIpc(): void;
  /** Closes the services (null when they never started). */
  close: (() => Promise<void>) | null;
  log(message: string): void;
}

export interface QuitControl {
  readonly quitting: boolean;
  /** Windows: call from the window's 'session-end' (the OS will not wait long). */
  endSession(): void;
}

export function handleQuit(hooks: () => QuitHooks): QuitControl {
  let quitting = false;

  const shutDown = (deadlineMs: number): void => {
    if (quitting) return;
    quitting = true;
    const { stopIpc, close, log } = hooks();
    stopIpc();
    const closing: Promise<CloseOutcome> = close
      ? closeWithDeadline(close, deadlineMs)
      : Promise.resolve({ kind: 'closed' });
    void closing.then((outcome) => {
      if (outcome.kind === 'timed-out') log(`Closing took longer than ${deadlineMs / 1000} s; exiting anyway.`);
      if (outcome.kind === 'failed') log(`Closing failed: ${String(outcome.error)}`);
      // exit, not quit: the services are closed (or given up on), and no window may hold the exit up.
      app.exit(outcome.kind === 'closed' ? 0 : 1);
    });
  };

  app.on('before-quit', (event) => {
    event.preventDefault();
    shutDown(QUIT_DEADLINE_MS);
  });

  return {
    get quitting() {
      return quitting;
    },
    endSession: () => shutDown(SESSION_END_DEADLINE_MS),
  };
}

/** Linux and macOS: the system is going down; quit the normal way while there is time. Needs app ready. */
export function quitOnSystemShutdown(): void {
  powerMonitor.on('shutdown', () => app.quit());
}

/** Windows only: the window hears of the session ending, the app does not. */
export function endSessionWith(window: BrowserWindow, control: QuitControl): void {
  window.on('session-end', () => control.endSession());
}
