// Reads and validates a GGUF file's header (metadata, tensor infos) without reading tensor data.

import { open } from 'node:fs/promises';
import { GgufFormatError } from './gguf-format-error';
import { GgufHeader } from './gguf-header';
import {
  DEFAULT_GGUF_READ_LIMITS,
  NeedMoreBytesSignal,
  parseGgufHeader,
  type GgufReadLimits,
} from './gguf-header-parser';

export interface GgufReadOptions {
  readonly limits?: Partial<GgufReadLimits>;
  /** First read size; the header is re-read in larger pieces only when it is bigger. */
  readonly initialReadBytes?: number;
}

const DEFAULT_INITIAL_READ_BYTES = 1024 * 1024;

/**
 * Reads the header of the GGUF file at `filePath`. Every problem (missing, empty, not GGUF, truncated,
 * corrupt, hostile) surfaces as a GgufFormatError whose message names the file and what is wrong.
 */
export async function readGgufHeader(filePath: string, options: GgufReadOptions = {}): Promise<GgufHeader> {
  const limits: GgufReadLimits = { ...DEFAULT_GGUF_READ_LIMITS, ...options.limits };
  try {
    return await readHeader(filePath, limits, options.initialReadBytes ?? DEFAULT_INITIAL_READ_BYTES);
  } catch (error) {
    if (error instanceof GgufFormatError) throw error.withPath(filePath);
    throw describeFileError(error, filePath);
  }
}

async function readHeader(filePath: string, limits: GgufReadLimits, initialReadBytes: number): Promise<GgufHeader> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new GgufFormatError('not-a-file', 'not a regular file');
    const fileSize = stats.size;
    const readCap = Math.min(fileSize, limits.maxHeaderBytes);
    let bytes: Uint8Array = new Uint8Array(0);
    let wanted = Math.min(readCap, Math.max(initialReadBytes, 4));
    for (;;) {
      bytes = await extendRead(handle, bytes, wanted);
      if (bytes.length < wanted)
        throw new GgufFormatError('truncated', 'file is truncated: it shrank while being read');
      try {
        return new GgufHeader(parseGgufHeader(bytes, fileSize, limits));
      } catch (error) {
        // The parser only asks for more while the file and the limit allow it; grow geometrically.
        if (!(error instanceof NeedMoreBytesSignal)) throw error;
        wanted = Math.min(readCap, Math.max(error.needed, bytes.length * 2));
      }
    }
  } finally {
    await handle.close();
  }
}

async function extendRead(
  handle: Awaited<ReturnType<typeof open>>,
  current: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  const next = new Uint8Array(length);
  next.set(current);
  let filled = current.length;
  while (filled < length) {
    const { bytesRead } = await handle.read(next, filled, length - filled, filled);
    if (bytesRead === 0) break; // the file shrank while we read it
    filled += bytesRead;
  }
  return filled === length ? next : next.subarray(0, filled);
}

function describeFileError(error: unknown, filePath: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new GgufFormatError('not-found', 'file not found', filePath);
  if (code === 'EISDIR') return new GgufFormatError('not-a-file', 'not a regular file (it is a directory)', filePath);
  if (code === 'EACCES' || code === 'EPERM') {
    return new GgufFormatError('unreadable', 'permission denied reading the file', filePath);
  }
  return error;
}
