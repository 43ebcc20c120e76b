// The only place that touches ipcMain: every channel of the contract is handled through the
// dispatcher after a sender check (VS Code's validateEvent idea), and events go out typed.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type EventChannel, type EventPayload } from '../../preload/contract/channels';
import type { Envelope } from '../../preload/contract/envelope';
import type { Dispatcher } from '../services/api/dispatcher';
import type { EventSink } from '../services/events';
import { APP_ORIGIN } from './protocol';

/** Only our own top-level page, loaded from app://renderer, may call main. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  if (!frame || frame.parent !== null) return false;
  try {
    // Not URL.origin: Node's URL reports 'null' as the origin of custom schemes like app://.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function registerIpcHandlers(dispatcher: Dispatcher, getWindow: () => BrowserWindow | null): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown): Promise<Envelope<unknown>> | Envelope<unknown> => {
      if (!isTrustedSender(event, getWindow())) {
        return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
      }
      return dispatcher.dispatch(channel, payload);
    });
  }
  return () => INVOKE_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Sends events to the window, if it is still there. */
export class WindowEventSink implements EventSink {
  constructor(private readonly getWindow: () => BrowserWindow | null) {}

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    const window = this.getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
  }
}
