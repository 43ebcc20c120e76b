// One zip entry as a stream: its stored bytes read from the source in chunks and inflated as
// they come, counted against the cap while streaming and checked (size, CRC-32) at the end.
import { crc32, createInflateRaw } from 'node:zlib';
import { InterchangeFormatError } from '../../errors';
import { throughTransform } from './through-transform';
import type { ZipEntry } from './zip-entries';
import type { ZipSource } from './zip-source';

export interface ZipEntryStreamOptions {
  openSource: () => ZipSource;
  /** Checks the local header and returns where the stored bytes start. */
  dataStart: (source: ZipSource) => number;
  entry: ZipEntry;
  cap: number;
  onChunk: (chunk: Uint8Array) => void;
  errors: { tooLarge: () => Error; damaged: (reason?: string) => Error };
}

const READ_CHUNK_BYTES = 256 * 1024;

function* storedChunks(source: ZipSource, start: number, length: number): Generator<Uint8Array> {
  for (let done = 0; done < length;) {
    const chunk = source.readAt(start + done, Math.min(READ_CHUNK_BYTES, length - done));
    if (chunk.byteLength === 0) return; // the size was checked when opening; a shrunk file fails the size check
    done += chunk.byteLength;
    yield chunk;
  }
}

export async function* streamZipEntry(options: ZipEntryStreamOptions): AsyncGenerator<Uint8Array> {
  const { entry, cap, errors } = options;
  const source = options.openSource();
  try {
    const stored = storedChunks(source, options.dataStart(source), entry.compressedSize);
    let total = 0;
    let crc = 0;
    const accept = (chunk: Uint8Array) => {
      total += chunk.byteLength;
      if (total > cap) throw errors.tooLarge();
      crc = crc32(chunk, crc);
      options.onChunk(chunk);
    };
    if (entry.method === 8) {
      try {
        yield* throughTransform(createInflateRaw(), stored, accept);
      } catch (error) {
        if (error instanceof InterchangeFormatError) throw error;
        throw errors.damaged(error instanceof Error ? error.message : String(error));
      }
    } else {
      for (const chunk of stored) {
        accept(chunk);
        yield chunk;
      }
    }
    if (total !== entry.size || crc >>> 0 !== entry.crc) throw errors.damaged();
  } finally {
    source.close();
  }
}
