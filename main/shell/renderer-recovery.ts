// Keeps the window usable when its renderer dies or hangs: reload with a notice, never a blank window.
import { app, dialog, type BrowserWindow } from 'electron';
import { recoveredPagePath, type RecoveryReason } from '../../preload/contract/window-recovery';
import { CrashLoopGuard } from './crash-loop';
import { APP_ORIGIN } from './protocol';

export function keepRendererAlive(window: BrowserWindow, log: (message: string) => void): void {
  const guard = new CrashLoopGuard();
  const reload = (reason: RecoveryReason): void => {
    if (!window.isDestroyed()) void window.loadURL(`${APP_ORIGIN}${recoveredPagePath(reason)}`);
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    log(`The window's renderer is gone (${details.reason}, exit code ${details.exitCode}).`);
    if (guard.mayReload()) {
      reload('crashed');
      return;
    }
    // It keeps dying: reloading again by itself would only loop.
    void dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'Medical Education Assistant',
        message: 'The window keeps stopping unexpectedly.',
        detail: `Reason: ${details.reason}. Your saved conversations and cards are safe.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => (response === 0 ? reload('crashed') : app.quit()));
  });

  let waiting: AbortController | null = null;
  window.on('unresponsive', () => {
    if (waiting) return;
    waiting = new AbortController();
    const { signal } = waiting;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Medical Education Assistant',
        message: 'The window is not responding.',
        detail: 'You can wait, or reload it. Your saved conversations and cards are safe.',
        buttons: ['Wait', 'Reload'],
        defaultId: 0,
        cancelId: 0,
        signal,
      })
      .then(({ response }) => {
        waiting = null;
        if (response === 1) reload('unresponsive');
      });
  });
  // Responsive again: the question is moot (the dialog closes itself, except on macOS).
  window.on('responsive', () => waiting?.abort());
}
