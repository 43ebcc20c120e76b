// A zip archive written to a file as it is built, so exports with thousands of images never hold the
// archive (or more than one chunk of a media file) in memory. Blobs are deflated on libuv's thread
// pool (zlib's async API), streams are stored as they are (images and audio are compressed already).
// No zip64: an archive stays under 4 GiB (imports cap packages at 2 GiB anyway).
import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';

const deflate = promisify(deflateRaw);

/** The zip format's own limit without zip64. */
export const MAX_ZIP_BYTES = 0xffff_ffff;

export class ZipFileWriter {
  private readonly zip: Zip;
  private readonly pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private written = 0;

  private constructor(private readonly handle: FileHandle) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Creates (or truncates) the file at `path`. */
  static async create(path: string): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(path, 'w'));
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.written;
  }

  /** Adds a file whose bytes are in memory, deflated off the main thread. */
  async addDeflated(name: string, bytes: Uint8Array): Promise<void> {
    const compressed = await deflate(bytes, { level: 6 });
    const file: ZipInputFile = { filename: name, size: bytes.byteLength, crc: crc32(bytes), compression: 8 };
    this.zip.add(file);
    file.ondata?.(null, new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength), true);
    await this.flush();
  }

  /** Adds a file from a stream of chunks, stored; each chunk is written out before the next is read. */
  async addStored(name: string, source: AsyncIterable<Uint8Array>): Promise<void> {
    const file = new ZipPassThrough(name);
    this.zip.add(file);
    for await (const chunk of source) {
      file.push(chunk);
      await this.flush();
    }
    file.push(new Uint8Array(0), true);
    await this.flush();
  }

  /** Writes the central directory, syncs and closes the file; returns its size. */
  async finish(): Promise<number> {
    this.zip.end();
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    return this.written;
  }

  /** Closes the file after a failure (the caller removes it). */
  async abort(): Promise<void> {
    this.zip.terminate();
    await this.handle.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.pending.length > 0) {
      const chunk = this.pending.shift()!;
      if (this.written + chunk.byteLength > MAX_ZIP_BYTES) {
        throw new Error('The archive would be larger than 4 GB, which the zip format cannot hold without zip64');
      }
      await this.handle.write(chunk);
      this.written += chunk.byteLength;
    }
  }
}
