// Starts a binary test with child_process.fork: the launcher runs under plain Node (CLI, tests).
import { fork } from 'node:child_process';
import type { BindingTestProcess, BindingTestSpawner } from './launcher-relay';

export const forkBindingTest: BindingTestSpawner = (scriptPath, env): BindingTestProcess => {
  const child = fork(scriptPath, [], { env, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const exitListeners: ((code: number) => void)[] = [];
  let exited = false;
  const exit = (code: number): void => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(code);
  };
  // A spawn failure emits 'error' and may never emit 'exit'.
  child.on('error', () => exit(-1));
  child.on('exit', (code) => exit(code ?? -1));
  return {
    postMessage: (message) => {
      if (child.connected) child.send(message as object, (error) => void error);
    },
    onMessage: (listener) => child.on('message', (message: unknown) => listener(message)),
    onExit: (listener) => exitListeners.push(listener),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
};
