// Every IPC channel is registered through the sender check: only our own top-level app:// page gets through.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpcHandlers } = await import('../../../main/shell/ipc');
const { INVOKE_CHANNELS } = await import('../../../preload/contract/channels');

const webContents = {};
const window = { isDestroyed: () => false, webContents };
const mainFrame = { url: 'app://renderer/index.html', parent: null };

function event(overrides: { sender?: object; senderFrame?: object | null } = {}) {
  return { sender: webContents, senderFrame: mainFrame, ...overrides };
}

describe('registerIpcHandlers', () => {
  const dispatch = vi.fn(async () => ({ ok: true, value: 'dispatched' }));

  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    registerIpcHandlers({ dispatch } as never, () => window as never);
  });

  it('registers every channel of the contract', () => {
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('passes calls from the app page to the dispatcher', async () => {
    const handler = handlers.get('conversations:list');
    await expect(handler?.(event(), { query: 'x' })).resolves.toEqual({ ok: true, value: 'dispatched' });
    expect(dispatch).toHaveBeenCalledWith('conversations:list', { query: 'x' });
  });

  it.each([
    ['another webContents', event({ sender: {} })],
    ['a sub-frame', event({ senderFrame: { url: 'app://renderer/index.html', parent: mainFrame } })],
    ['a remote page', event({ senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['a file:// page', event({ senderFrame: { url: 'file:///tmp/x.html', parent: null } })],
    ['another app:// host', event({ senderFrame: { url: 'app://renderer.evil/index.html', parent: null } })],
    ['a destroyed frame', event({ senderFrame: null })],
  ])('refuses %s without reaching any service', async (_name, untrusted) => {
    for (const channel of INVOKE_CHANNELS) {
      const result = await handlers.get(channel)?.(untrusted, {});
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'untrusted sender' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
