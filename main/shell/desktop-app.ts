// Electron lifecycle: registers the app:// scheme, composes the services, wires IPC and opens the window.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createApp, type App } from '../services/app/create-app';
import { EventHub } from '../services/events';
import { pickPath } from './dialogs';
import { registerIpcHandlers, WindowEventSink } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownSession } from './security';
import { UtilityHostLauncher } from './utility-host-launcher';
import { createMainWindow, preloadPathFor } from './window';

/** `mainDir` is the folder of the built main bundle (out/main), where model-host.js sits beside it. */
export function startDesktopApp(mainDir: string): void {
  let window: BrowserWindow | null = null;
  let services: App | null = null;

  // Every renderer sandboxed, whatever a window's webPreferences say (must run before ready).
  app.enableSandbox();
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    lockDownSession();
    serveRenderer(join(mainDir, '../renderer'));
    const events = new EventHub();
    events.add(new WindowEventSink(() => window));
    try {
      services = createApp({
        dataDir: process.env.MEA_DATA_DIR ?? app.getPath('userData'),
        launcher: new UtilityHostLauncher(join(mainDir, 'model-host.js')),
        events,
        pickFile: (kind) => pickPath(window, kind),
        version: app.getVersion(),
        // Packaged: electron-builder's extraResources sit in process.resourcesPath; from source: resources/.
        resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
      });
    } catch (error) {
      // E.g. a data file from a newer app version: say so and leave it untouched.
      dialog.showErrorBox(
        'Medical Education Assistant cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
      return;
    }
    registerIpcHandlers(services.dispatcher, () => window);
    window = createMainWindow(preloadPathFor(mainDir));
    window.on('closed', () => (window = null));
  });

  app.on('window-all-closed', () => app.quit());

  // Finish saving streamed text and stop the model host before the process exits.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !services) return;
    closing = true;
    event.preventDefault();
    void services.close().finally(() => app.quit());
  });
}
