// The main window, with every webPreferences security switch set explicitly.
import { join } from 'node:path';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { allowDevTools } from './devtools-policy';
import { APP_ORIGIN } from './protocol';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Medical Education Assistant',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0f172a' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) could open a link as a new window; the handler denies it, and this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      // A file dropped on the window would otherwise navigate to file://…
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: allowDevTools(app.isPackaged, process.env),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export function preloadPathFor(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}
