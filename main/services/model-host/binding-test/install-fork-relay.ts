// Host side of the binary-test relay: node-llama-cpp's binary test is forked by the launcher, not here.
//
// Before node-llama-cpp loads a prebuilt binary on Linux (and GPU builds on Windows) it loads it first
// in a child process, so an incompatible binary cannot crash the caller. In Electron it wants
// utilityProcess for that, which a utility process (where the model host runs) does not have, so it
// falls back to child_process.fork. That starts the Electron binary as Node through
// ELECTRON_RUN_AS_NODE, which the packaged app's runAsNode fuse disables: the child starts as a second
// copy of the whole app, every binary "fails" its test, and getLlama throws NoBinaryFoundError.
// Main can still start utility processes, so the host hands exactly that fork to its launcher, keeping
// both the test's crash isolation and the fuse.
import childProcess, { type ChildProcess } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { RelayedChild } from './relayed-child';
import {
  BINDING_TEST_CHANNEL,
  isRelayTraffic,
  launcherRelayMessageSchema,
  type HostRelayMessage,
} from './relay-messages';

export interface BindingTestRelay {
  /** Takes relay traffic from the launcher; false for any other message (the host protocol's). */
  receive(raw: unknown): boolean;
  /** How many binary tests were relayed. */
  readonly relayed: number;
  /** Puts the original child_process.fork back. */
  restore(): void;
}

const BINDING_TEST_SCRIPT = /[\\/]node-llama-cpp[\\/]dist[\\/]bindings[\\/]utils[\\/]testBindingBinary\.js$/;

/** True for node-llama-cpp's own binary-test script, the one fork the relay takes over. */
export function isBindingTestScript(modulePath: unknown): boolean {
  return typeof modulePath === 'string' && BINDING_TEST_SCRIPT.test(modulePath);
}

/**
 * Replaces child_process.fork (also for ES modules that imported it by name, through
 * syncBuiltinESMExports) so that forks of the binary-test script go to the launcher; every other fork
 * is untouched. Call once, before node-llama-cpp's getLlama.
 */
export function installBindingTestRelay(post: (message: HostRelayMessage) => void): BindingTestRelay {
  const originalFork = childProcess.fork;
  const children = new Map<number, RelayedChild>();
  let lastId = 0;

  const relayingFork = function (this: unknown, modulePath: unknown, ...rest: unknown[]): ChildProcess {
    if (!isBindingTestScript(modulePath)) {
      return (originalFork as (...args: unknown[]) => ChildProcess).apply(this, [modulePath, ...rest]);
    }
    const child = new RelayedChild(++lastId, post);
    children.set(child.id, child);
    child.once('exit', () => children.delete(child.id));
    post({ channel: BINDING_TEST_CHANNEL, kind: 'spawn', id: child.id });
    return child as unknown as ChildProcess;
  };
  childProcess.fork = relayingFork as typeof childProcess.fork;
  syncBuiltinESMExports();

  return {
    receive(raw) {
      if (!isRelayTraffic(raw)) return false;
      const parsed = launcherRelayMessageSchema.safeParse(raw);
      if (parsed.success) children.get(parsed.data.id)?.receive(parsed.data);
      return true;
    },
    get relayed() {
      return lastId;
    },
    restore() {
      childProcess.fork = originalFork;
      syncBuiltinESMExports();
    },
  };
}
