// Runs in the page before the app: builds window.api with the real preload factory, over a bridge
// to the Node test process (Playwright's exposeFunction for calls, page.evaluate for events).
import { createBridgeApi } from '../../../preload/api/create-api';

interface BridgeWindow {
  __meaInvoke(channel: string, payload: unknown): Promise<unknown>;
  __meaEmit?: (channel: string, payload: unknown) => void;
  api?: unknown;
}

const bridgeWindow = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

bridgeWindow.__meaEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

bridgeWindow.api = Object.freeze(
  createBridgeApi({
    // Structured-clone the payload like Electron IPC does, so nothing by reference leaks across.
    invoke: (channel, payload) => bridgeWindow.__meaInvoke(channel, JSON.parse(JSON.stringify(payload ?? null))),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  }),
);
