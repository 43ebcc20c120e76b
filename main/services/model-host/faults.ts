// Test-only ways to make the host die or hang like llama.cpp can (enabled by MEA_HOST_FAULTS=1).
import type { FaultKind } from './protocol';

export function injectFault(kind: FaultKind): void {
  switch (kind) {
    case 'abort':
      process.abort(); // SIGABRT, like a failed GGML_ASSERT
      return;
    case 'segv':
      process.kill(process.pid, 'SIGSEGV');
      return;
    case 'hang':
      // Block the event loop forever: no pongs, no progress.
      for (;;) {
        /* busy */
      }
  }
}

export function faultsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MEA_HOST_FAULTS === '1';
}

const FAULT_KINDS: readonly FaultKind[] = ['abort', 'segv', 'hang'];

/**
 * MEA_HOST_FAULT_ON_LOAD=segv|abort|hang (with MEA_HOST_FAULTS=1): every model load dies that way,
 * like a model file that crashes llama.cpp's loader, so the client's give-up path can be tested.
 */
export function faultOnLoad(env: NodeJS.ProcessEnv = process.env): FaultKind | null {
  const kind = env.MEA_HOST_FAULT_ON_LOAD;
  if (!faultsEnabled(env) || kind === undefined || kind === '') return null;
  if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`MEA_HOST_FAULT_ON_LOAD must be one of ${FAULT_KINDS.join(', ')}, got "${kind}"`);
  }
  return kind as FaultKind;
}

/**
 * MEA_SIMULATE_NO_RUN_AS_NODE=1 (with MEA_HOST_FAULTS=1): the host's own child_process.fork starts a
 * program that is not Node and exits without a word, as the packaged app's does with the runAsNode
 * fuse off (there the fork starts a second copy of the app). A non-Node executable stands in for it.
 */
export function simulatedForkExecutable(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!faultsEnabled(env) || env.MEA_SIMULATE_NO_RUN_AS_NODE !== '1') return null;
  return process.platform === 'darwin' ? '/usr/bin/true' : '/bin/true';
}

/** MEA_BINDING_TEST_RELAY=off (with MEA_HOST_FAULTS=1): node-llama-cpp forks its binary test itself. */
export function bindingTestRelayDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return faultsEnabled(env) && env.MEA_BINDING_TEST_RELAY === 'off';
}

/**
 * MEA_STATE_RUNTIME_SUFFIX=text (with MEA_HOST_FAULTS=1): saved conversation states are keyed as if another
 * node-llama-cpp/llama.cpp version made them, so tests can check that states of another version are not loaded.
 */
export function stateRuntimeSuffix(env: NodeJS.ProcessEnv = process.env): string | null {
  const suffix = env.MEA_STATE_RUNTIME_SUFFIX;
  return faultsEnabled(env) && suffix ? suffix : null;
}
