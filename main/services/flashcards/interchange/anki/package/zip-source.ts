// Where a zip archive's bytes come from: memory (tests, small inputs) or a file read with
// positional reads, so a package is never held whole in memory. A file source is opened for one
// use (the directory, one entry) and closed after it: nothing stays open between media reads,
// and no caller has to remember to close a package.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface ZipSource {
  readonly size: number;
  /** `length` bytes from `position` (fewer only past the end). */
  readAt(position: number, length: number): Uint8Array;
  close(): void;
}

/** Opens the archive for one use; the caller closes what it returns. */
export type OpenZipSource = () => ZipSource;

export function memoryZipSource(bytes: Uint8Array): OpenZipSource {
  const source: ZipSource = {
    size: bytes.byteLength,
    readAt: (position, length) => bytes.subarray(position, Math.min(bytes.byteLength, position + length)),
    close: () => undefined,
  };
  return () => source;
}

/** Thrown when the file is not the size it was when its directory was read. */
export class ZipSourceChangedError extends Error {}

/**
 * The file at `path`. Every open checks the size is still `expectedSize` (when given): a package
 * replaced while it is read fails clearly rather than reading another file's entries.
 */
export function fileZipSource(path: string, expectedSize?: number): ZipSource {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (expectedSize !== undefined && size !== expectedSize) {
      throw new ZipSourceChangedError(`the file changed while it was read (${expectedSize} bytes, now ${size})`);
    }
    return {
      size,
      readAt(position, length) {
        const wanted = Math.max(0, Math.min(length, size - position));
        const buffer = Buffer.allocUnsafe(wanted);
        let filled = 0;
        while (filled < wanted) {
          const read = readSync(fd, buffer, filled, wanted - filled, position + filled);
          if (read === 0) break;
          filled += read;
        }
        return filled === wanted ? buffer : buffer.subarray(0, filled);
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
