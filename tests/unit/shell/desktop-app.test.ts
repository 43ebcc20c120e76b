// The Electron lifecycle (Electron, the services and the window mocked): quitting stops IPC before the
// services close and exits even when closing hangs; a second launch brings back a window; a renderer
// that dies is reloaded with a notice; the OS session ending closes the app in time.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Medical Education Assistant';
  readyResolve: () => void = () => {};
  ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  exitCode: number | null = null;
  locked = false;
  paths: Record<string, string> = {};
  readonly switches = new Set<string>();
  readonly commandLine = {
    hasSwitch: (name: string) => this.switches.has(name),
    removeSwitch: (name: string) => this.switches.delete(name),
  };
  enableSandbox() {}
  requestSingleInstanceLock() {
    this.locked = true;
    return true;
  }
  setPath(name: string, path: string) {
    this.paths[name] = path;
  }
  whenReady() {
    return this.ready;
  }
  getPath() {
    return '/tmp/mea-test-user-data';
  }
  getAppPath() {
    return '/app';
  }
  getVersion() {
    return '9.9.9';
  }
  quit() {
    calls.push('app.quit');
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.exit(0);
  }
  exit(code: number) {
    calls.push(`app.exit(${code})`);
    this.exitCode = code;
  }
}

class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  focused = 0;
  loaded: string[] = [];
  readonly webContents = new EventEmitter();
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused++;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

let app: FakeApp;
const powerMonitor = new EventEmitter();
const windows: FakeWindow[] = [];
const dialogs: { message: string; buttons: string[] }[] = [];
let dialogResponse = 0;
let closeServices: () => Promise<void>;
let smokeMode: { dataDir: string; userDataDir: string } | null = null;
const smokeRuns: unknown[] = [];
const createdWith: { dataDir: string }[] = [];

vi.mock('electron', () => ({
  get app() {
    return app;
  },
  powerMonitor,
  dialog: {
    showErrorBox: () => {},
    showMessageBox: (_window: unknown, options: { message: string; buttons: string[] }) => {
      dialogs.push(options);
      return Promise.resolve({ response: dialogResponse });
    },
  },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
  ipcMain: { handle: () => {}, removeHandler: () => calls.push('ipc.removeHandler') },
}));
vi.mock('../../../main/shell/window', () => ({
  createMainWindow: () => {
    const window = new FakeWindow();
    windows.push(window);
    return window;
  },
  preloadPathFor: () => '/app/out/preload/index.cjs',
}));
vi.mock('../../../main/shell/protocol', () => ({
  APP_ORIGIN: 'app://renderer',
  registerAppScheme: () => {},
  serveRenderer: () => {},
}));
vi.mock('../../../main/shell/security', () => ({ lockDownSession: () => {} }));
vi.mock('../../../main/shell/utility-host-launcher', () => ({ UtilityHostLauncher: class {} }));
vi.mock('../../../main/shell/smoke-mode', () => ({
  readSmokeMode: () => smokeMode,
  runSmokeMode: (smoke: unknown, services: unknown) => smokeRuns.push({ smoke, services }),
  failSmokeStartup: () => {},
}));
vi.mock('../../../main/services/app/create-app', () => ({
  createApp: (deps: { dataDir: string }) => (
    createdWith.push(deps),
    {
      dispatcher: { dispatch: () => Promise.resolve({ ok: true, value: null }) },
      close: () => {
        calls.push('services.close');
        return closeServices();
      },
    }
  ),
}));

const { startDesktopApp } = await import('../../../main/shell/desktop-app');
const { QUIT_DEADLINE_MS, SESSION_END_DEADLINE_MS } = await import('../../../main/shell/quit');

async function started(): Promise<FakeWindow> {
  startDesktopApp('/app/out/main');
  app.readyResolve();
  await vi.waitFor(() => expect(windows).toHaveLength(1));
  return windows[0]!;
}

beforeEach(() => {
  app = new FakeApp();
  powerMonitor.removeAllListeners();
  windows.length = 0;
  dialogs.length = 0;
  calls.length = 0;
  dialogResponse = 0;
  closeServices = () => Promise.resolve();
  smokeMode = null;
  smokeRuns.length = 0;
  createdWith.length = 0;
  delete process.env.MEA_DATA_DIR;
  delete process.env.MEA_ALLOW_REMOTE_DEBUGGING;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('quitting', () => {
  it('stops IPC, then closes the services, then exits', async () => {
    await started();
    app.quit();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    const firstClose = calls.indexOf('services.close');
    expect(calls.lastIndexOf('ipc.removeHandler')).toBeLessThan(firstClose);
    expect(calls.filter((call) => call === 'services.close')).toHaveLength(1);
  });

  it('exits after the deadline when closing hangs, and closes only once', async () => {
    await started();
    vi.useFakeTimers();
    closeServices = () => new Promise(() => {});
    app.quit();
    app.quit(); // the user insists: still one close
    await vi.advanceTimersByTimeAsync(QUIT_DEADLINE_MS - 1);
    expect(app.exitCode).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.exitCode).toBe(1);
    expect(calls.filter((call) => call === 'services.close')).toHaveLength(1);
  });

  it('exits with an error code when closing fails', async () => {
    await started();
    closeServices = () => Promise.reject(new Error('disk gone'));
    app.quit();
    await vi.waitFor(() => expect(app.exitCode).toBe(1));
  });

  it("closes within Windows' session-end grace period", async () => {
    const window = await started();
    vi.useFakeTimers();
    closeServices = () => new Promise(() => {});
    window.emit('session-end');
    await vi.advanceTimersByTimeAsync(SESSION_END_DEADLINE_MS);
    expect(app.exitCode).toBe(1);
  });

  it('quits when Linux or macOS is shutting down', async () => {
    await started();
    powerMonitor.emit('shutdown');
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(calls).toContain('services.close');
  });
});

describe('second launch', () => {
  it('shows the existing window, restoring it when minimized', async () => {
    const window = await started();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
    expect(windows).toHaveLength(1);
  });

  it('opens a new window when the app runs without one', async () => {
    const first = await started();
    first.close();
    app.emit('second-instance');
    expect(windows).toHaveLength(2);
    expect(windows[1]!.focused).toBe(1);
  });

  it('opens nothing while quitting', async () => {
    const first = await started();
    closeServices = () => new Promise(() => {});
    app.quit();
    first.close();
    app.emit('second-instance');
    expect(windows).toHaveLength(1);
  });
});

describe('renderer recovery', () => {
  it('reloads a crashed page with a notice, but not a clean exit', async () => {
    const window = await started();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.loaded).toEqual([]);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.loaded).toEqual(['app://renderer/index.html?recovered=crashed']);
  });

  it('asks instead of reloading when the page keeps crashing, and quits if told to', async () => {
    const window = await started();
    for (let i = 0; i < 3; i++) window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(window.loaded).toHaveLength(3);
    dialogResponse = 1; // Quit
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(dialogs.at(-1)?.buttons).toEqual(['Reload', 'Quit']);
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(window.loaded).toHaveLength(3);
  });

  it('offers Wait or Reload when the page hangs, and reloads with a notice on Reload', async () => {
    const window = await started();
    dialogResponse = 1;
    window.emit('unresponsive');
    window.emit('unresponsive'); // one question at a time
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.buttons).toEqual(['Wait', 'Reload']);
    await vi.waitFor(() => expect(window.loaded).toEqual(['app://renderer/index.html?recovered=unresponsive']));
  });
});

describe('start-up', () => {
  it('gives another data folder its own Chromium profile and lock', async () => {
    process.env.MEA_DATA_DIR = '/tmp/mea-other';
    await started();
    expect(app.paths.userData).toBe('/tmp/mea-other/electron');
    expect(createdWith[0]?.dataDir).toBe('/tmp/mea-other');
    expect(app.locked).toBe(true);
  });

  it('runs the smoke test instead of opening a window, without the single-instance lock', async () => {
    smokeMode = { dataDir: '/tmp/mea-smoke/data', userDataDir: '/tmp/mea-smoke/electron' };
    startDesktopApp('/app/out/main');
    app.readyResolve();
    await vi.waitFor(() => expect(smokeRuns).toHaveLength(1));
    expect(windows).toHaveLength(0);
    expect(app.locked).toBe(false);
    expect(app.paths.userData).toBe('/tmp/mea-smoke/electron');
    expect(createdWith[0]?.dataDir).toBe('/tmp/mea-smoke/data');
  });

  it('drops the remote debugging switches in the packaged app unless allowed', () => {
    app.isPackaged = true;
    app.switches.add('remote-debugging-port');
    startDesktopApp('/app/out/main');
    expect(app.switches.has('remote-debugging-port')).toBe(false);

    app = new FakeApp();
    app.isPackaged = true;
    app.switches.add('remote-debugging-port');
    process.env.MEA_ALLOW_REMOTE_DEBUGGING = '1';
    startDesktopApp('/app/out/main');
    expect(app.switches.has('remote-debugging-port')).toBe(true);
  });
});
