// The main window's webPreferences (Electron mocked): every security switch is set, DevTools off when packaged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allowDevTools } from '../../../main/shell/devtools-policy';

const created: { options: Record<string, unknown>; url?: string }[] = [];
const app = { isPackaged: false };

vi.mock('electron', () => ({
  app,
  nativeTheme: { shouldUseDarkColors: false },
  BrowserWindow: class {
    private readonly record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      created.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('../../../main/shell/window');

function webPreferences(): Record<string, unknown> {
  return created.at(-1)?.options.webPreferences as Record<string, unknown>;
}

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
    app.isPackaged = false;
    delete process.env.MEA_DISABLE_DEVTOOLS;
  });

  it('isolates, sandboxes and strips the renderer of Node, webviews and insecure content', () => {
    createMainWindow('/app/out/preload/index.cjs');
    expect(webPreferences()).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences()).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app from app://renderer, never file://', () => {
    createMainWindow('/p.cjs');
    expect(created.at(-1)?.url).toBe('app://renderer/index.html');
  });

  it('has no DevTools in a packaged app', () => {
    app.isPackaged = true;
    createMainWindow('/p.cjs');
    expect(webPreferences().devTools).toBe(false);
  });
});

describe('allowDevTools', () => {
  it('is off when packaged whatever the environment, on from source unless MEA_DISABLE_DEVTOOLS is set', () => {
    expect(allowDevTools(true, {})).toBe(false);
    expect(allowDevTools(true, { MEA_DISABLE_DEVTOOLS: '' })).toBe(false);
    expect(allowDevTools(false, {})).toBe(true);
    expect(allowDevTools(false, { MEA_DISABLE_DEVTOOLS: '1' })).toBe(false);
  });
});
