// Launches the host with child_process.fork (CLI, tests); .ts entries run through tsx.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { forkBindingTest } from './binding-test/fork-spawner';
import { withBindingTestRelay, type BindingTestSpawner } from './binding-test/launcher-relay';
import { hostEnvironment } from './host-environment';
import type { HostLauncher, HostProcess } from './host-process';

export interface ForkHostLauncherOptions {
  /** Host script; defaults to host-entry.ts next to this file (dev/tests). A built .js runs as-is. */
  entryPath?: string;
  /** Extra environment for the host (merged over process.env), e.g. { MEA_HOST_FAULTS: '1' }. */
  env?: Record<string, string>;
  /** How the host's node-llama-cpp binary tests are started; defaults to child_process.fork. */
  spawnBindingTest?: BindingTestSpawner;
}

export class ForkHostLauncher implements HostLauncher {
  private readonly entryPath: string;

  constructor(private readonly options: ForkHostLauncherOptions = {}) {
    this.entryPath = options.entryPath ?? fileURLToPath(new URL('./host-entry.ts', import.meta.url));
  }

  launch(): HostProcess {
    const execArgv = this.entryPath.endsWith('.ts') ? ['--import', tsxLoaderUrl()] : [];
    const child = fork(this.entryPath, [], {
      execArgv,
      env: hostEnvironment({ ...process.env, ...this.options.env }),
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const outputListeners: ((line: string) => void)[] = [];
    const pipeLines = (stream: Readable | null): void => {
      if (!stream) return;
      // Always drain the pipes, or a chatty host would block on a full buffer.
      createInterface({ input: stream }).on('line', (line) => outputListeners.forEach((listener) => listener(line)));
    };
    pipeLines(child.stdout);
    pipeLines(child.stderr);
    // A send racing the host's death must not throw into the client.
    child.on('error', () => {});

    return withBindingTestRelay(
      {
        pid: child.pid,
        postMessage: (message) => {
          if (child.connected) child.send(message as object, (error) => void error);
        },
        onMessage: (listener) => child.on('message', (message: unknown) => listener(message)),
        onExit: (listener) => child.once('exit', (code, signal) => listener({ code, signal })),
        kill: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        },
        onOutput: (listener) => outputListeners.push(listener),
      },
      this.options.spawnBindingTest ?? forkBindingTest,
    );
  }
}

/** Absolute URL of tsx's loader, so the child resolves it regardless of its working directory. */
function tsxLoaderUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
