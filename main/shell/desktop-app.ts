// Electron lifecycle: registers the app:// scheme, composes the services, wires IPC and opens the window.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createApp, type App } from '../services/app/create-app';
import { EventHub } from '../services/events';
import { installAppMenu } from './app-menu';
import { pickPath } from './dialogs';
import { registerIpcHandlers, WindowEventSink } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { endSessionWith, handleQuit, quitOnSystemShutdown } from './quit';
import { keepRendererAlive } from './renderer-recovery';
import { SafeStorageSecretBox } from './safe-storage-secret-box';
import { lockDownSession } from './security';
import { failSmokeStartup, readSmokeMode, runSmokeMode } from './smoke-mode';
import { gateRemoteDebugging } from './remote-debugging';
import { UtilityHostLauncher } from './utility-host-launcher';
import { createMainWindow, preloadPathFor } from './window';

const log = (message: string): void => console.error(`[main] ${message}`);

/** `mainDir` is the folder of the built main bundle (out/main), where model-host.js sits beside it. */
export function startDesktopApp(mainDir: string): void {
  let window: BrowserWindow | null = null;
  let services: App | null = null;
  let stopIpc: () => void = () => {};
  // A malformed --smoke-* switch prints why and exits 2 here.
  const smoke = readSmokeMode();
  const hostScriptPath = join(mainDir, 'model-host.js');
  const dataDir = smoke?.dataDir ?? process.env.MEA_DATA_DIR ?? null;

  gateRemoteDebugging(app.isPackaged, process.env);
  // Every renderer sandboxed, whatever a window's webPreferences say (must run before ready).
  app.enableSandbox();
  registerAppScheme();
  // Another data folder gets its own Chromium profile and single-instance lock, so a test or smoke
  // run beside the student's open app neither quits at once nor touches that app's profile.
  if (smoke) app.setPath('userData', smoke.userDataDir);
  else if (dataDir) app.setPath('userData', join(dataDir, 'electron'));
  if (!smoke && !app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const quit = handleQuit(() => ({
    stopIpc,
    close: services ? () => services!.close() : null,
    log,
  }));

  const openWindow = (): BrowserWindow => {
    const created = createMainWindow(preloadPathFor(mainDir));
    keepRendererAlive(created, log);
    endSessionWith(created, quit);
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    return created;
  };

  // Launching the app again shows this one; if its window is gone (but the app still runs), a new one.
  app.on('second-instance', () => {
    if (quit.quitting || !services) return;
    const shown = window ?? openWindow();
    if (shown.isMinimized()) shown.restore();
    shown.focus();
  });

  void app.whenReady().then(() => {
    lockDownSession();
    quitOnSystemShutdown();
    if (!smoke) installAppMenu(() => window);
    // Media requests get 404 until the services (and so the media store) exist.
    serveRenderer(join(mainDir, '../renderer'), () => services?.media ?? null);
    const events = new EventHub();
    events.add(new WindowEventSink(() => window));
    const secretBox = new SafeStorageSecretBox();
    try {
      services = createApp({
        dataDir: dataDir ?? app.getPath('userData'),
        launcher: new UtilityHostLauncher(hostScriptPath),
        events,
        pickFile: (kind) => pickPath(window, kind),
        version: app.getVersion(),
        // Packaged: electron-builder's extraResources sit in process.resourcesPath; from source: resources/.
        resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
        secretBox,
      });
    } catch (error) {
      if (smoke) {
        void failSmokeStartup(smoke, error, hostScriptPath);
        return;
      }
      // E.g. a data file from a newer app version: say so and leave it untouched.
      dialog.showErrorBox(
        'Medical Education Assistant cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
      return;
    }
    if (smoke) {
      // No window and no IPC: the smoke run drives the services, closes them and exits by itself.
      void runSmokeMode(smoke, { app: services, events, hostScriptPath, secretBox });
      return;
    }
    stopIpc = registerIpcHandlers(services.dispatcher, () => window);
    openWindow();
  });

  app.on('window-all-closed', () => app.quit());
}
