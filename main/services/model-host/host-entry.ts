// Model host process entry: runs under Electron utilityProcess or child_process.fork.
import { installBindingTestRelay } from './binding-test/install-fork-relay';
import {
  bindingTestRelayDisabled,
  faultOnLoad,
  faultsEnabled,
  injectFault,
  simulatedForkExecutable,
  stateRuntimeSuffix,
} from './faults';
import { createHostTransport } from './host-transport';
import { ModelHostServer } from './host-server';
import { LlamaRuntime } from './llama-runtime';
import { LogRing } from './log-ring';

const transport = createHostTransport();
const simulatedExecutable = simulatedForkExecutable();
if (simulatedExecutable) process.execPath = simulatedExecutable;
// node-llama-cpp's binary test is started by the launcher (see install-fork-relay.ts), before any getLlama.
const bindingTests = bindingTestRelayDisabled() ? null : installBindingTestRelay((message) => transport.send(message));
const logs = new LogRing(300);
const runtime = new LlamaRuntime({
  logs,
  onLog: (level, message) => transport.send({ type: 'log', level, message }),
  // Lets tests check the CPU fallback on machines whose GPU works (or that have none).
  simulateGpuInitFailure: faultsEnabled() && process.env.MEA_SIMULATE_GPU_FAILURE === 'init',
});
const server = new ModelHostServer({
  send: (message) => transport.send(message),
  runtime,
  logs,
  faults: faultsEnabled() ? injectFault : null,
  loadFault: faultOnLoad(),
  stateRuntimeSuffix: stateRuntimeSuffix(),
});

transport.onMessage((raw) => {
  if (!bindingTests?.receive(raw)) server.handle(raw);
});
// With fork, the parent dying closes the channel: nothing left to serve.
transport.onDisconnect(() => process.exit(0));

// Initialise llama.cpp before saying 'ready': loading native binaries can block the event loop,
// which must not look like a hang once the client starts pinging. A failure here is reported by
// the first load, with its reason.
void runtime
  .get()
  .catch(() => {})
  .then(() => transport.send({ type: 'ready', pid: process.pid }));
