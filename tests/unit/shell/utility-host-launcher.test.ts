// The utilityProcess launcher (Electron mocked): the host's binary tests run as utility processes
// started from main, since a utility process has no utilityProcess and the runAsNode fuse blocks fork.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { bindingTestScriptPath } from '../../../main/services/model-host';

class FakeUtilityProcess extends EventEmitter {
  readonly pid = 4242;
  readonly stdout = null;
  readonly stderr = null;
  readonly posted: unknown[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

const forks: {
  script: string;
  options: { env?: NodeJS.ProcessEnv; serviceName?: string };
  child: FakeUtilityProcess;
}[] = [];
vi.mock('electron', () => ({
  utilityProcess: {
    fork: (script: string, _args: string[], options: { env?: NodeJS.ProcessEnv }) => {
      const child = new FakeUtilityProcess();
      forks.push({ script, options, child });
      return child;
    },
  },
}));

const { UtilityHostLauncher } = await import('../../../main/shell/utility-host-launcher');

describe('UtilityHostLauncher', () => {
  it("runs node-llama-cpp's binary test as a utility process of main and relays it to the host", () => {
    forks.length = 0;
    const host = new UtilityHostLauncher('/app/out/main/model-host.js').launch();
    const clientSaw: unknown[] = [];
    host.onMessage((message) => clientSaw.push(message));
    expect(forks).toHaveLength(1);
    expect(forks[0]!.script).toBe('/app/out/main/model-host.js');
    expect(forks[0]!.options.env?.UV_THREADPOOL_SIZE).toBe('2');
    const hostChild = forks[0]!.child;

    hostChild.emit('message', { channel: 'binding-test', kind: 'spawn', id: 1 });
    expect(forks).toHaveLength(2);
    expect(forks[1]!.script).toBe(bindingTestScriptPath());
    expect(forks[1]!.options.env?.TEST_BINDING_CP).toBe('true');
    const testChild = forks[1]!.child;

    testChild.emit('message', { type: 'ready' });
    hostChild.emit('message', { channel: 'binding-test', kind: 'message', id: 1, message: { type: 'exit' } });
    testChild.emit('exit', 0);
    hostChild.emit('message', { type: 'ready', pid: 4242 });

    expect(testChild.posted).toEqual([{ type: 'exit' }]);
    expect(hostChild.posted).toEqual([
      { channel: 'binding-test', kind: 'message', id: 1, message: { type: 'ready' } },
      { channel: 'binding-test', kind: 'exit', id: 1, code: 0 },
    ]);
    expect(clientSaw).toEqual([{ type: 'ready', pid: 4242 }]);
  });
});
