// A zip archive read from its central directory, one entry at a time on demand, from memory or
// from a file with positional reads. Sizes are checked against the caller's cap before
// inflating, and inflating itself stops at the cap, so an entry whose directory lies about its
// size cannot grow past it (zip bombs).
import { crc32, inflateRawSync } from 'node:zlib';
import { InterchangeFormatError } from '../../errors';
import { formatBytes } from './limits';
import { streamZipEntry } from './zip-entry-stream';
import { readZipEntries, type ZipEntry } from './zip-entries';
import { fileZipSource, memoryZipSource, type OpenZipSource, type ZipSource } from './zip-source';

export type { ZipEntry } from './zip-entries';

const LOCAL_SIGNATURE = 0x04034b50;

/** The most a deflate stream of `cap` bytes can take (stored blocks), plus slack: more is not a real entry. */
function maxDeflatedSize(cap: number): number {
  return cap + Math.ceil(cap / 1024) + 1024;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ZipDirectory {
  private constructor(
    private readonly openSource: OpenZipSource,
    private readonly entries: Map<string, ZipEntry>,
    private readonly label: string,
  ) {}

  /** Reads the directory; refuses archives that are not zip files or list more than maxEntries. */
  static open(bytes: Uint8Array, maxEntries: number, label: string): ZipDirectory {
    return ZipDirectory.fromSource(memoryZipSource(bytes), maxEntries, label);
  }

  /** The same from a file: only the directory is read now, each entry when it is asked for. */
  static openFile(path: string, maxEntries: number, label: string): ZipDirectory {
    const first = fileZipSource(path);
    const size = first.size;
    first.close();
    return ZipDirectory.fromSource(() => fileZipSource(path, size), maxEntries, label);
  }

  private static fromSource(openSource: OpenZipSource, maxEntries: number, label: string): ZipDirectory {
    const source = openSource();
    try {
      return new ZipDirectory(openSource, readZipEntries(source, maxEntries, label), label);
    } catch (error) {
      if (error instanceof InterchangeFormatError) throw error;
      throw new InterchangeFormatError(`${label} is not a valid zip archive (${reasonOf(error)})`, { cause: error });
    } finally {
      source.close();
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Declared uncompressed size of an entry (from the directory; not trusted when reading). */
  declaredSize(name: string): number | undefined {
    return this.entries.get(name)?.size;
  }

  /** The entry's uncompressed bytes; refused when they would be more than `cap`. */
  read(name: string, cap: number): Uint8Array {
    const entry = this.checkedEntry(name, cap);
    const data = this.withSource((source) => source.readAt(this.dataStart(source, entry, cap), entry.compressedSize));
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw this.tooLarge(name, cap);
        throw new InterchangeFormatError(`${this.label}: "${name}" is damaged (${reasonOf(error)})`, { cause: error });
      }
    } else {
      throw this.unknownMethod(entry);
    }
    if (out.byteLength > cap) throw this.tooLarge(name, cap);
    if (out.byteLength !== entry.size || crc32(out) >>> 0 !== entry.crc) throw this.damaged(name);
    return out;
  }

  /**
   * The entry's uncompressed bytes as a stream of chunks, never more than `cap` in all, with the
   * same checks as read() (size and CRC-32 when the stream ends). `onChunk` sees each chunk
   * before it is passed on (to count it against a wider budget; throwing stops the stream).
   */
  stream(
    name: string,
    cap: number,
    onChunk: (chunk: Uint8Array) => void = () => undefined,
  ): AsyncGenerator<Uint8Array> {
    const entry = this.checkedEntry(name, cap);
    if (entry.method !== 0 && entry.method !== 8) throw this.unknownMethod(entry);
    return streamZipEntry({
      openSource: () => this.openOrExplain(),
      dataStart: (source) => this.dataStart(source, entry, cap),
      entry,
      cap,
      onChunk,
      errors: {
        tooLarge: () => this.tooLarge(name, cap),
        damaged: (reason) =>
          reason === undefined
            ? this.damaged(name)
            : new InterchangeFormatError(`${this.label}: "${name}" is damaged (${reason})`),
      },
    });
  }

  private checkedEntry(name: string, cap: number): ZipEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new InterchangeFormatError(`${this.label} has no entry "${name}"`);
    if (entry.size > cap) throw this.tooLarge(name, cap);
    if (entry.encrypted) throw new InterchangeFormatError(`${this.label}: "${name}" is encrypted`);
    return entry;
  }

  private openOrExplain(): ZipSource {
    try {
      return this.openSource();
    } catch (error) {
      throw new InterchangeFormatError(`${this.label} could not be read again (${reasonOf(error)})`, { cause: error });
    }
  }

  private withSource<T>(use: (source: ZipSource) => T): T {
    const source = this.openOrExplain();
    try {
      return use(source);
    } finally {
      source.close();
    }
  }

  /**
   * Where the entry's stored bytes start, from its local header. Stored bytes that cannot belong
   * to an entry under the cap are refused before they are read.
   */
  private dataStart(source: ZipSource, entry: ZipEntry, cap: number): number {
    const at = entry.localHeaderOffset;
    const header = source.readAt(at, 30);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.byteLength < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
      throw new InterchangeFormatError(`${this.label}: "${entry.name}" is damaged (no local header)`);
    }
    const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const end = start + entry.compressedSize;
    if (end > source.size) {
      throw new InterchangeFormatError(`${this.label}: "${entry.name}" is cut short (the file is truncated)`);
    }
    if (entry.method === 8 && entry.compressedSize > maxDeflatedSize(cap)) throw this.tooLarge(entry.name, cap);
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw this.damaged(entry.name);
    return start;
  }

  private tooLarge(name: string, cap: number): InterchangeFormatError {
    return new InterchangeFormatError(
      `${this.label}: "${name}" would unpack to more than ${formatBytes(cap)}; refusing to open it`,
    );
  }

  private damaged(name: string): InterchangeFormatError {
    return new InterchangeFormatError(`${this.label}: "${name}" is damaged (its size or checksum does not match)`);
  }

  private unknownMethod(entry: ZipEntry): InterchangeFormatError {
    return new InterchangeFormatError(
      `${this.label}: "${entry.name}" uses zip compression method ${entry.method}, which this app cannot read`,
    );
  }
}
