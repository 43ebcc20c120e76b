// The binary-test relay in one process: the host-side fork stand-in and the launcher-side relay,
// joined by an in-memory channel in place of the host's IPC.
import childProcess from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  installBindingTestRelay,
  isBindingTestScript,
  type BindingTestRelay,
} from '../../../main/services/model-host/binding-test/install-fork-relay';
import {
  bindingTestScriptPath,
  withBindingTestRelay,
  type BindingTestProcess,
} from '../../../main/services/model-host/binding-test/launcher-relay';
import type { HostExitInfo, HostProcess } from '../../../main/services/model-host';

const SCRIPT = '/app/node_modules/node-llama-cpp/dist/bindings/utils/testBindingBinary.js';

/** A host process whose messages the test posts by hand. */
class FakeHost extends EventEmitter {
  readonly toHost: unknown[] = [];
  readonly process: HostProcess = {
    postMessage: (message) => this.toHost.push(message),
    onMessage: (listener) => this.on('message', listener),
    onExit: (listener) => this.on('exit', listener),
    kill: () => this.emit('exit', { code: null, signal: 'SIGKILL' } satisfies HostExitInfo),
  };
}

/** A binary-test process the test drives: records what it is sent and whether it was killed. */
class FakeTest extends EventEmitter implements BindingTestProcess {
  readonly received: unknown[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.received.push(message);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.on('message', listener);
  }
  onExit(listener: (code: number) => void): void {
    this.once('exit', listener);
  }
  kill(): void {
    this.killed = true;
    this.emit('exit', 137);
  }
}

describe('isBindingTestScript', () => {
  it("takes node-llama-cpp's binary-test script on any platform and nothing else", () => {
    expect(isBindingTestScript(SCRIPT)).toBe(true);
    expect(
      isBindingTestScript('C:\\app\\node_modules\\node-llama-cpp\\dist\\bindings\\utils\\testBindingBinary.js'),
    ).toBe(true);
    expect(isBindingTestScript('/app/node_modules/node-llama-cpp/dist/bindings/utils/testCmakeBinary.js')).toBe(false);
    expect(isBindingTestScript('/app/out/main/model-host.js')).toBe(false);
    expect(isBindingTestScript(undefined)).toBe(false);
  });

  it('matches the script the launcher resolves from the installed node-llama-cpp', () => {
    expect(isBindingTestScript(bindingTestScriptPath())).toBe(true);
  });
});

describe('launcher side: withBindingTestRelay', () => {
  function setUp() {
    const host = new FakeHost();
    const tests: FakeTest[] = [];
    const spawned: { script: string; env: NodeJS.ProcessEnv }[] = [];
    const relayed = withBindingTestRelay(
      host.process,
      (script, env) => {
        spawned.push({ script, env });
        const test = new FakeTest();
        tests.push(test);
        return test;
      },
      () => SCRIPT,
    );
    const seenByClient: unknown[] = [];
    relayed.onMessage((message) => seenByClient.push(message));
    return { host, tests, spawned, seenByClient };
  }
  const from = (kind: string, id: number, extra: object = {}) => ({ channel: 'binding-test', kind, id, ...extra });

  it('starts its own script for the host, relays both ways, and reports the exit', () => {
    const { host, tests, spawned, seenByClient } = setUp();
    host.emit('message', from('spawn', 1));
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.script).toBe(SCRIPT);
    expect(spawned[0]!.env.TEST_BINDING_CP).toBe('true');

    tests[0]!.emit('message', { type: 'ready' });
    host.emit('message', from('message', 1, { message: { type: 'start', gpu: false } }));
    tests[0]!.emit('exit', 0);

    expect(tests[0]!.received).toEqual([{ type: 'start', gpu: false }]);
    expect(host.toHost).toEqual([from('message', 1, { message: { type: 'ready' } }), from('exit', 1, { code: 0 })]);
    expect(seenByClient).toEqual([]);
  });

  it('passes every other message to the client untouched', () => {
    const { host, seenByClient, spawned } = setUp();
    host.emit('message', { type: 'ready', pid: 7 });
    host.emit('message', { channel: 'binding-test', kind: 'spawn', id: 'not a number' });
    expect(seenByClient).toEqual([{ type: 'ready', pid: 7 }]);
    expect(spawned).toEqual([]);
  });

  it('answers exit -1 when the test cannot start or too many run at once', () => {
    const host = new FakeHost();
    const relayed = withBindingTestRelay(
      host.process,
      () => {
        throw new Error('spawn failed');
      },
      () => SCRIPT,
    );
    relayed.onMessage(() => {});
    host.emit('message', from('spawn', 1));
    expect(host.toHost).toEqual([from('exit', 1, { code: -1 })]);

    const { host: busy } = setUp();
    for (const id of [1, 2, 3]) busy.emit('message', from('spawn', id));
    expect(busy.toHost).toEqual([from('exit', 3, { code: -1 })]);
  });

  it('kills the test on request and when the host exits', () => {
    const { host, tests } = setUp();
    host.emit('message', from('spawn', 1));
    host.emit('message', from('kill', 1));
    expect(tests[0]!.killed).toBe(true);

    host.emit('message', from('spawn', 2));
    host.emit('exit', { code: 1, signal: null });
    expect(tests[1]!.killed).toBe(true);
  });
});

describe('host side: installBindingTestRelay', () => {
  let relay: BindingTestRelay | null = null;
  afterEach(() => {
    relay?.restore();
    relay = null;
  });

  it('turns a fork of the binary-test script into a relayed child that behaves like a ChildProcess', () => {
    const posted: unknown[] = [];
    relay = installBindingTestRelay((message) => posted.push(message));
    const child = childProcess.fork(SCRIPT, [], { env: { TEST_BINDING_CP: 'true' } });
    expect(posted).toEqual([{ channel: 'binding-test', kind: 'spawn', id: 1 }]);
    expect(child.exitCode).toBeNull();
    expect(child.stdout).toBeNull();

    const messages: unknown[] = [];
    const exits: unknown[] = [];
    child.on('message', (message) => messages.push(message));
    child.on('exit', (code) => exits.push(code));
    expect(relay.receive({ channel: 'binding-test', kind: 'message', id: 1, message: { type: 'ready' } })).toBe(true);
    child.send({ type: 'start' });
    expect(relay.receive({ channel: 'binding-test', kind: 'exit', id: 1, code: 0 })).toBe(true);

    expect(messages).toEqual([{ type: 'ready' }]);
    expect(posted[1]).toEqual({ channel: 'binding-test', kind: 'message', id: 1, message: { type: 'start' } });
    expect(exits).toEqual([0]);
    expect(child.exitCode).toBe(0);
    // Once exited, nothing more goes out.
    expect(child.send({ type: 'late' })).toBe(false);
    expect(child.kill()).toBe(false);
    expect(relay.relayed).toBe(1);
  });

  it("leaves the host protocol's messages and every other fork alone", async () => {
    const posted: unknown[] = [];
    relay = installBindingTestRelay((message) => posted.push(message));
    expect(relay.receive({ type: 'load', config: {} })).toBe(false);
    // Any other script is still really forked: a real process with a pid.
    const other = childProcess.fork('/nonexistent-script.js', [], { execArgv: [], stdio: 'ignore' });
    expect(other.pid).toEqual(expect.any(Number));
    other.kill();
    await new Promise((resolve) => other.once('exit', resolve));
    expect(posted).toEqual([]);
  });

  it('restores the original fork', () => {
    const original = childProcess.fork;
    relay = installBindingTestRelay(() => {});
    expect(childProcess.fork).not.toBe(original);
    relay.restore();
    relay = null;
    expect(childProcess.fork).toBe(original);
  });
});
