// What makes a thread calibration valid on this machine: CPU, cores, memory, llama.cpp binding version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export interface MachineIdentity {
  cpuModel: string;
  /** Cores this process may use (os.availableParallelism()). */
  cores: number;
  /** Total RAM rounded to MiB (the exact byte count can move by a page between boots). */
  totalMemoryMiB: number;
  nodeLlamaCppVersion: string;
}

/** This machine's identity; the binding version is read from node-llama-cpp's package.json. */
export function currentMachineIdentity(): MachineIdentity {
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    totalMemoryMiB: Math.round(os.totalmem() / (1024 * 1024)),
    nodeLlamaCppVersion: nodeLlamaCppVersion(),
  };
}

/** node-llama-cpp does not export its package.json, so it is found next to the resolved entry point. */
function nodeLlamaCppVersion(): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve('node-llama-cpp'));
    for (let depth = 0; depth < 4; depth++, dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'package.json');
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === 'node-llama-cpp' && typeof parsed.version === 'string') return parsed.version;
      } catch {
        // not this folder: keep going up
      }
    }
  } catch {
    // not resolvable (should not happen): the key still holds the CPU and memory
  }
  return 'unknown';
}
