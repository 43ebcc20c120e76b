// Opens a safetensors file and reads single tensors (F32, F16, BF16) as Float32Array, one at a time.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { float16BitsToFloat32 } from '../gguf/float16';
import { PeftConversionError } from './peft-conversion-error';
import {
  parseSafetensorsHeader,
  safetensorsHeaderLength,
  type SafetensorsHeader,
  type SafetensorsTensorInfo,
} from './safetensors-header';

export const DECODABLE_DTYPES: readonly string[] = ['F32', 'F16', 'BF16'];

/**
 * A safetensors file held open by descriptor. Reads are synchronous so tensors can be produced lazily
 * inside the GGUF writer's chunk iterators, keeping only one tensor in memory at a time.
 */
export class SafetensorsFile {
  private fd: number | null;

  private constructor(
    fd: number,
    readonly path: string,
    readonly label: string,
    readonly fileSize: number,
    readonly header: SafetensorsHeader,
  ) {
    this.fd = fd;
  }

  /** Opens and validates the header; `label` names the file in error messages (default: the path). */
  static open(path: string, label = path): SafetensorsFile {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      throw describeOpenError(error, label);
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) throw new PeftConversionError(`${label} is not a regular file`, 'io');
      const prefix = readExactly(fd, 0, Math.min(8, stats.size), label);
      const headerLength = safetensorsHeaderLength(prefix, stats.size, label);
      const header = parseSafetensorsHeader(readExactly(fd, 8, headerLength, label), stats.size, label);
      return new SafetensorsFile(fd, path, label, stats.size, header);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  get tensors(): ReadonlyMap<string, SafetensorsTensorInfo> {
    return this.header.tensors;
  }

  /** The tensor's values as float32, in PyTorch row-major order. */
  readFloat32(name: string): Float32Array {
    const info = this.header.tensors.get(name);
    if (info === undefined) throw new PeftConversionError(`${this.label} has no tensor "${name}"`, 'invalid-weights');
    if (!DECODABLE_DTYPES.includes(info.dtype)) {
      throw new PeftConversionError(
        `${this.label}: tensor "${name}" is ${info.dtype}; only F32, F16 and BF16 tensors can be converted`,
        'unsupported',
      );
    }
    if (this.fd === null) throw new Error('SafetensorsFile is closed');
    const bytes = readExactly(this.fd, info.start, info.end - info.start, this.label);
    return decodeFloats(info.dtype, bytes);
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}

/** Reads `length` bytes at `position` into a fresh (4-byte aligned) buffer; a short read means truncation. */
function readExactly(fd: number, position: number, length: number, label: string): Uint8Array {
  const out = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, out, filled, length - filled, position + filled);
    if (read === 0)
      throw new PeftConversionError(`${label} is truncated: it shrank while being read`, 'invalid-weights');
    filled += read;
  }
  return out;
}

/** Decodes little-endian F32/F16/BF16 bytes (from a fresh, aligned buffer) to float32 values. */
export function decodeFloats(dtype: string, bytes: Uint8Array): Float32Array {
  switch (dtype) {
    case 'F32':
      return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4).slice();
    case 'F16': {
      const halves = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const table = halfTable();
      const out = new Float32Array(halves.length);
      for (let i = 0; i < halves.length; i++) out[i] = table[halves[i] as number] as number;
      return out;
    }
    case 'BF16': {
      // bfloat16 is the top half of a float32: shift the bits into place.
      const halves = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const bits = new Uint32Array(halves.length);
      for (let i = 0; i < halves.length; i++) bits[i] = (halves[i] as number) << 16;
      return new Float32Array(bits.buffer);
    }
    default:
      throw new Error(`cannot decode dtype ${dtype}`);
  }
}

let halfLookup: Float32Array | null = null;

/** All 65536 half-precision values, decoded once (a table lookup beats bit twiddling per element). */
function halfTable(): Float32Array {
  if (halfLookup === null) {
    halfLookup = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits++) halfLookup[bits] = float16BitsToFloat32(bits);
  }
  return halfLookup;
}

function describeOpenError(error: unknown, label: string): PeftConversionError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new PeftConversionError(`${label} was not found`, 'io');
  if (code === 'EISDIR') return new PeftConversionError(`${label} is a folder, not a file`, 'io');
  if (code === 'EACCES' || code === 'EPERM')
    return new PeftConversionError(`${label} cannot be read (permission denied)`, 'io');
  const reason = error instanceof Error ? error.message : String(error);
  return new PeftConversionError(`${label} cannot be opened: ${reason}`, 'io');
}
