// Runs the model host in an Electron utilityProcess (the CLI and tests use child_process.fork instead).
import { createInterface } from 'node:readline';
import { utilityProcess } from 'electron';
import {
  hostEnvironment,
  withBindingTestRelay,
  type BindingTestProcess,
  type HostLauncher,
  type HostProcess,
} from '../services/model-host';

export class UtilityHostLauncher implements HostLauncher {
  constructor(private readonly hostScriptPath: string) {}

  launch(): HostProcess {
    const child = utilityProcess.fork(this.hostScriptPath, [], {
      serviceName: 'Medical Education Assistant model host',
      stdio: 'pipe',
      env: hostEnvironment(process.env),
    });
    const outputListeners: ((line: string) => void)[] = [];
    // Native aborts print their reason to stderr: keep reading it so crash reports can quote it.
    const pipeLines = (stream: NodeJS.ReadableStream | null) => {
      if (stream)
        createInterface({ input: stream }).on('line', (line) => outputListeners.forEach((listener) => listener(line)));
    };
    pipeLines(child.stdout);
    pipeLines(child.stderr);
    const host: HostProcess = {
      pid: child.pid,
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      // utilityProcess reports only an exit code; a native crash shows up as a non-zero code.
      onExit: (listener) => child.on('exit', (code) => listener({ code, signal: null })),
      kill: () => child.kill(),
      onOutput: (listener) => outputListeners.push(listener),
    };
    // A utility process cannot start utility processes, and with the runAsNode fuse off it cannot
    // fork Electron as Node either: node-llama-cpp's binary test runs from here, relayed to the host.
    return withBindingTestRelay(host, forkBindingTestUtility);
  }
}

function forkBindingTestUtility(scriptPath: string, env: NodeJS.ProcessEnv): BindingTestProcess {
  const child = utilityProcess.fork(scriptPath, [], {
    serviceName: 'Medical Education Assistant llama.cpp binary check',
    stdio: 'ignore',
    env,
  });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => void child.kill(),
  };
}
