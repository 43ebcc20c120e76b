// Stands in for the ChildProcess node-llama-cpp forks to test a binary; the real test process runs
// in the launcher (main), and this object relays its messages and exit over the host's channel.
import { EventEmitter } from 'node:events';
import { BINDING_TEST_CHANNEL, type HostRelayMessage, type LauncherRelayMessage } from './relay-messages';

/**
 * Implements what node-llama-cpp's testBindingBinary uses of a ChildProcess: `send`, `kill`,
 * `exitCode`, `killed`, `stdout`/`stderr` (null: the output stays in the launcher) and the
 * 'message' and 'exit' events.
 */
export class RelayedChild extends EventEmitter {
  readonly stdout = null;
  readonly stderr = null;
  exitCode: number | null = null;
  killed = false;

  constructor(
    readonly id: number,
    private readonly post: (message: HostRelayMessage) => void,
  ) {
    super();
  }

  send(message: unknown): boolean {
    if (this.exitCode !== null) return false;
    this.post({ channel: BINDING_TEST_CHANNEL, kind: 'message', id: this.id, message });
    return true;
  }

  kill(): boolean {
    if (this.exitCode !== null) return false;
    this.killed = true;
    this.post({ channel: BINDING_TEST_CHANNEL, kind: 'kill', id: this.id });
    return true;
  }

  receive(message: LauncherRelayMessage): void {
    if (this.exitCode !== null) return;
    if (message.kind === 'message') {
      this.emit('message', message.message);
      return;
    }
    this.exitCode = message.code;
    this.emit('exit', message.code, null);
  }
}
