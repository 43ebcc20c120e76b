// The session lockdown as Electron sees it (Electron mocked): every handler is installed and refuses what it must.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const session = {
  onBeforeRequest: undefined as Listener | undefined,
  requestHandler: undefined as Listener | undefined,
  checkHandler: undefined as Listener | undefined,
  deviceHandler: undefined as Listener | undefined,
  dictionaryUrl: undefined as string | undefined,
  spellChecker: undefined as boolean | undefined,
};
const appListeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  app: { on: (name: string, listener: Listener) => appListeners.set(name, listener) },
  session: {
    defaultSession: {
      webRequest: { onBeforeRequest: (listener: Listener) => (session.onBeforeRequest = listener) },
      setPermissionRequestHandler: (handler: Listener) => (session.requestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (session.checkHandler = handler),
      setDevicePermissionHandler: (handler: Listener) => (session.deviceHandler = handler),
      setSpellCheckerDictionaryDownloadURL: (url: string) => (session.dictionaryUrl = url),
      setSpellCheckerEnabled: (enabled: boolean) => (session.spellChecker = enabled),
    },
  },
}));

const { lockDownSession } = await import('../../../main/shell/security');

/** A fake WebContents that records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    listeners,
    openHandler: () => openHandler,
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
}

describe('lockDownSession', () => {
  beforeEach(() => {
    appListeners.clear();
    lockDownSession();
  });

  it('cancels every request but the app’s own files', () => {
    const decide = (url: string) => {
      let result: unknown;
      session.onBeforeRequest?.({ url }, (response: unknown) => (result = response));
      return result;
    };
    expect(decide('app://renderer/index.html')).toEqual({ cancel: false });
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('grants only clipboard writes from our top-level page, on request and on check', () => {
    const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
      let granted: unknown;
      session.requestHandler?.({}, permission, (ok: boolean) => (granted = ok), { requestingUrl, isMainFrame });
      return granted;
    };
    expect(request('clipboard-sanitized-write', 'app://renderer/index.html')).toBe(true);
    expect(request('clipboard-sanitized-write', 'app://renderer/index.html', false)).toBe(false);
    expect(request('media', 'app://renderer/index.html')).toBe(false);
    expect(request('openExternal', 'app://renderer/index.html')).toBe(false);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);

    const check = (permission: string, origin: string) =>
      session.checkHandler?.({}, permission, origin, { isMainFrame: true });
    expect(check('clipboard-sanitized-write', 'app://renderer')).toBe(true);
    expect(check('clipboard-read', 'app://renderer')).toBe(false);
    expect(check('notifications', 'app://renderer')).toBe(false);
    expect(session.deviceHandler?.({ deviceType: 'usb', origin: 'app://renderer' })).toBe(false);
  });

  it('turns spell-checking off and points dictionary downloads at nowhere', () => {
    expect(session.spellChecker).toBe(false);
    expect(new URL(session.dictionaryUrl ?? '').hostname).toBe('0.0.0.0');
  });

  it('denies navigation, redirects, webviews and new windows in every web contents created', () => {
    const contents = fakeContents();
    appListeners.get('web-contents-created')?.({}, contents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      const listener = contents.listeners.get(name);
      expect(listener, name).toBeDefined();
      listener?.(event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.openHandler()?.({ url: 'https://example.com/', disposition: 'new-window' })).toEqual({
      action: 'deny',
    });
  });
});
