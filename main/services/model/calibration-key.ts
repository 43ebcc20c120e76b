// The key a thread calibration is remembered under: the model file's identity plus the machine's.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { GpuLayers } from '../../../preload/contract/schemas';
import type { MachineIdentity } from './machine-identity';

/** Bytes of the GGUF's start that are hashed: its header and metadata (tokenizer included) for small models. */
const HEADER_BYTES = 64 * 1024;

export interface ModelFileIdentity {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the first 64 KiB (the GGUF header): a replaced file with the same size and time differs here. */
  headerSha256: string;
}

export async function modelFileIdentity(modelPath: string): Promise<ModelFileIdentity> {
  const info = await stat(modelPath);
  const handle = await open(modelPath, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEADER_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const headerSha256 = createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex');
    return { size: info.size, mtimeMs: Math.trunc(info.mtimeMs), headerSha256 };
  } finally {
    await handle.close();
  }
}

/** A short stable key (hex) of the file, the machine and the GPU mode; any change means measuring again. */
export function calibrationKey(file: ModelFileIdentity, machine: MachineIdentity, gpuLayers: GpuLayers): string {
  // Fixed field order, so the same inputs always give the same key.
  const parts = [
    file.size,
    file.mtimeMs,
    file.headerSha256,
    machine.cpuModel,
    machine.cores,
    machine.totalMemoryMiB,
    machine.nodeLlamaCppVersion,
    String(gpuLayers),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
