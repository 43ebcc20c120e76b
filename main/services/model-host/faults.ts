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
