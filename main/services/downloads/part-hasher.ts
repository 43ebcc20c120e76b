// SHA-256 of a part file, kept up to date chunk by chunk as bytes are written; rebuilt from disk only
// when it no longer matches the part (after a restart, or a write that failed half way). Optionally also
// the file's git blob id (SHA-1 over `blob <size>\0` + the bytes), which needs the final size up front.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The header git hashes before a file's bytes: `blob <size>\0`. */
export function gitBlobHeader(size: number): Buffer {
  return Buffer.from(`blob ${size}\0`, 'utf8');
}

export interface PartDigests {
  sha256: string;
  /** Null unless the hasher was tracking a git blob id. */
  gitBlobSha1: string | null;
}

export class PartHasher {
  private hash: Hash = createHash('sha256');
  private blob: Hash | null = null;
  /** The final size the git blob header was written for; null when no blob id is tracked. */
  private blobSizeValue: number | null = null;
  /** Bytes hashed so far; equals the part's size while the two are in step. */
  offset = 0;

  /** A hasher that also computes the git blob id of a file of `blobSize` bytes (start at byte 0). */
  static forGitBlob(blobSize: number): PartHasher {
    const hasher = new PartHasher();
    hasher.blob = createHash('sha1').update(gitBlobHeader(blobSize));
    hasher.blobSizeValue = blobSize;
    return hasher;
  }

  get blobSize(): number | null {
    return this.blobSizeValue;
  }

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.blob?.update(chunk);
    this.offset += chunk.length;
  }

  /** Finishes the SHA-256; the hasher cannot be used afterwards. */
  digest(): string {
    return this.digests().sha256;
  }

  /** Finishes both hashes; the hasher cannot be used afterwards. */
  digests(): PartDigests {
    return { sha256: this.hash.digest('hex'), gitBlobSha1: this.blob?.digest('hex') ?? null };
  }

  /** Hashes the first `size` bytes of an existing file (and its git blob id, when `blobSize` is given). */
  static async fromFile(path: string, size: number, signal?: AbortSignal, blobSize?: number): Promise<PartHasher> {
    const hasher = blobSize === undefined ? new PartHasher() : PartHasher.forGitBlob(blobSize);
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
