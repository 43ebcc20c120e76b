// Launcher side of the binary-test relay: runs node-llama-cpp's binary test for the host and relays it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HostProcess } from '../host-process';
import {
  BINDING_TEST_CHANNEL,
  hostRelayMessageSchema,
  isRelayTraffic,
  type HostRelayMessage,
  type LauncherRelayMessage,
} from './relay-messages';

/** A started binary-test process, as the relay needs it (child_process or Electron utilityProcess). */
export interface BindingTestProcess {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Exactly once; -1 when the process could not be started. */
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

/** Starts `scriptPath` with `env` as a process that talks over an IPC channel (its parentPort / process.send). */
export type BindingTestSpawner = (scriptPath: string, env: NodeJS.ProcessEnv) => BindingTestProcess;

/** node-llama-cpp tests one binary at a time; more than this at once is a misbehaving host. */
const MAX_RUNNING_TESTS = 2;

/**
 * node-llama-cpp's binary-test script, resolved here rather than taken from the host, so the host can
 * only ever ask for this one script (as the same app's file, inside app.asar when packaged).
 */
export function bindingTestScriptPath(): string {
  const entry = createRequire(import.meta.url).resolve('node-llama-cpp');
  return join(dirname(entry), 'bindings', 'utils', 'testBindingBinary.js');
}

/**
 * Wraps a launched host so that its relay requests start binary tests through `spawn`, and only
 * the host protocol's messages reach the client. Tests still running when the host exits are killed.
 */
export function withBindingTestRelay(
  host: HostProcess,
  spawn: BindingTestSpawner,
  scriptPath: () => string = bindingTestScriptPath,
): HostProcess {
  const running = new Map<number, BindingTestProcess>();
  const clientListeners: ((message: unknown) => void)[] = [];
  const reply = (message: LauncherRelayMessage): void => host.postMessage(message);

  const start = (id: number): void => {
    if (running.has(id) || running.size >= MAX_RUNNING_TESTS) {
      reply({ channel: BINDING_TEST_CHANNEL, kind: 'exit', id, code: -1 });
      return;
    }
    let test: BindingTestProcess;
    try {
      test = spawn(scriptPath(), { ...process.env, TEST_BINDING_CP: 'true' });
    } catch {
      reply({ channel: BINDING_TEST_CHANNEL, kind: 'exit', id, code: -1 });
      return;
    }
    running.set(id, test);
    test.onMessage((message) => reply({ channel: BINDING_TEST_CHANNEL, kind: 'message', id, message }));
    test.onExit((code) => {
      running.delete(id);
      reply({ channel: BINDING_TEST_CHANNEL, kind: 'exit', id, code });
    });
  };

  const handle = (message: HostRelayMessage): void => {
    if (message.kind === 'spawn') start(message.id);
    else if (message.kind === 'message') running.get(message.id)?.postMessage(message.message);
    else running.get(message.id)?.kill();
  };

  host.onMessage((raw) => {
    if (!isRelayTraffic(raw)) {
      for (const listener of clientListeners) listener(raw);
      return;
    }
    const parsed = hostRelayMessageSchema.safeParse(raw);
    if (parsed.success) handle(parsed.data);
  });
  host.onExit(() => {
    for (const test of running.values()) test.kill();
    running.clear();
  });

  return { ...host, onMessage: (listener) => clientListeners.push(listener) };
}
