// Composition root of the Electron app: paths → services → IPC handlers → window.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createApp, type App } from './services/app/create-app';
import { EventHub } from './services/events';
import { pickGgufFile } from './shell/dialogs';
import { registerIpcHandlers, WindowEventSink } from './shell/ipc';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { lockDownSession } from './shell/security';
import { UtilityHostLauncher } from './shell/utility-host-launcher';
import { createMainWindow, preloadPathFor } from './shell/window';

const mainDir = dirname(fileURLToPath(import.meta.url));
let window: BrowserWindow | null = null;
let services: App | null = null;

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.whenReady().then(() => {
  lockDownSession();
  serveRenderer(join(mainDir, '../renderer'));
  const events = new EventHub();
  events.add(new WindowEventSink(() => window));
  services = createApp({
    dataDir: process.env.MEA_DATA_DIR ?? app.getPath('userData'),
    launcher: new UtilityHostLauncher(join(mainDir, 'model-host.js')),
    events,
    pickFile: (kind) => pickGgufFile(window, kind),
    version: app.getVersion(),
  });
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
