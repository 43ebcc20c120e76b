// SHA-256 of a part file, kept up to date chunk by chunk as bytes are written; rebuilt from disk only
// when it no longer matches the part (after a restart, or a write that failed half way).
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export class PartHasher {
  private hash: Hash = createHash('sha256');
  /** Bytes hashed so far; equals the part's size while the two are in step. */
  offset = 0;

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.offset += chunk.length;
  }

  /** Finishes the hash; the hasher cannot be used afterwards. */
  digest(): string {
    return this.hash.digest('hex');
  }

  /** Hashes the first `size` bytes of an existing file. */
  static async fromFile(path: string, size: number, signal?: AbortSignal): Promise<PartHasher> {
    const hasher = new PartHasher();
    if (size === 0) return hasher;
    const stream = createReadStream(path, { start: 0, end: size - 1, signal, highWaterMark: 1024 * 1024 });
    for await (const chunk of stream) hasher.update(chunk as Buffer);
    if (hasher.offset !== size) throw new Error(`${path} is shorter than ${size} bytes`);
    return hasher;
  }
}

/** SHA-256 of a whole file, streamed (the CLI's `models verify`). */
export async function sha256File(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hasher = new PartHasher();
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hasher.update(chunk as Buffer);
  const sizeBytes = hasher.offset;
  return { sha256: hasher.digest(), sizeBytes };
}
