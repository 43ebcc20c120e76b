// Host-side message channel: Electron utilityProcess parentPort when present, else child_process IPC.
import type { HostRelayMessage } from './binding-test/relay-messages';
import type { HostMessage } from './protocol';

export interface HostTransport {
  send(message: HostMessage | HostRelayMessage): void;
  onMessage(listener: (raw: unknown) => void): void;
  /** Called when the parent goes away (IPC channel closed); not available for parentPort. */
  onDisconnect(listener: () => void): void;
}

/** Minimal shape of Electron's `process.parentPort` (no Electron import here). */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

type ProcessWithParentPort = NodeJS.Process & { parentPort?: ParentPortLike };

export function createHostTransport(proc: ProcessWithParentPort = process): HostTransport {
  const parentPort = proc.parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      onDisconnect: () => {},
    };
  }
  const send = proc.send?.bind(proc);
  if (!send)
    throw new Error(
      'The model host must be started with an IPC channel (child_process.fork or Electron utilityProcess).',
    );
  return {
    send: (message) => {
      // Once the parent is gone there is nobody to tell; dropping is correct.
      if (proc.connected) send(message);
    },
    onMessage: (listener) => proc.on('message', (raw: unknown) => listener(raw)),
    onDisconnect: (listener) => proc.on('disconnect', listener),
  };
}
