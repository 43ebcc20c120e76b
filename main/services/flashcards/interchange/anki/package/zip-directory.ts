// A zip archive read from its central directory, one entry at a time on demand. Sizes are
// checked against the caller's cap before inflating, and inflating itself stops at the cap,
// so an entry whose directory lies about its size cannot grow past it (zip bombs).
import { crc32, inflateRawSync } from 'node:zlib';
import { InterchangeFormatError } from '../../errors';
import { formatBytes } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

class ZipStructureError extends Error {}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipStructureError('a 64-bit size or offset is too large');
  return Number(value);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - U16_MAX);
  for (let pos = view.byteLength - 22; pos >= lowest; pos -= 1) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return pos;
  }
  throw new ZipStructureError('no end-of-central-directory record');
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

function locateDirectory(view: DataView, eocd: number): DirectoryLocation {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === U16_MAX || size === U32_MAX || offset === U32_MAX) && locator >= 0) {
    if (view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
      const record = u64(view, locator + 8);
      if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
        throw new ZipStructureError('a damaged zip64 end-of-central-directory record');
      }
      count = u64(view, record + 32);
      size = u64(view, record + 40);
      offset = u64(view, record + 48);
    }
  }
  if (offset + size > view.byteLength) throw new ZipStructureError('a central directory past the end of the file');
  return { count, offset, size };
}

/** Applies a zip64 extra field: the 32-bit fields set to 0xFFFFFFFF are found there, in order. */
function applyZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let pos = start; pos + 4 <= end;) {
    const id = view.getUint16(pos, true);
    const length = view.getUint16(pos + 2, true);
    let field = pos + 4;
    if (id === ZIP64_EXTRA_ID) {
      const take = (): number => {
        if (field + 8 > pos + 4 + length) throw new ZipStructureError('a short zip64 extra field');
        const value = u64(view, field);
        field += 8;
        return value;
      };
      if (entry.size === U32_MAX) entry.size = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    pos += 4 + length;
  }
}

function readDirectory(bytes: Uint8Array, maxEntries: number, label: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw new ZipStructureError('too short to be a zip archive');
  const location = locateDirectory(view, findEndOfCentralDirectory(view));
  if (location.count > maxEntries) {
    throw new InterchangeFormatError(`${label} has more than ${maxEntries} entries; refusing to open it`);
  }
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  const end = location.offset + location.size;
  let pos = location.offset;
  for (let i = 0; i < location.count; i += 1) {
    if (pos + 46 > end || view.getUint32(pos, true) !== CENTRAL_SIGNATURE) {
      throw new ZipStructureError(`a damaged central directory (entry ${i + 1})`);
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const next = pos + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipStructureError(`a damaged central directory (entry ${i + 1})`);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
      method: view.getUint16(pos + 10, true),
      encrypted: (view.getUint16(pos + 8, true) & 1) === 1,
      crc: view.getUint32(pos + 16, true),
      compressedSize: view.getUint32(pos + 20, true),
      size: view.getUint32(pos + 24, true),
      localHeaderOffset: view.getUint32(pos + 42, true),
    };
    applyZip64Extra(view, pos + 46 + nameLength, pos + 46 + nameLength + extraLength, entry);
    if (entries.has(entry.name)) {
      throw new InterchangeFormatError(`${label} lists the entry "${entry.name}" twice; refusing to guess which one`);
    }
    entries.set(entry.name, entry);
    pos = next;
  }
  return entries;
}

export class ZipDirectory {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly label: string,
  ) {}

  /** Reads the directory; refuses archives that are not zip files or list more than maxEntries. */
  static open(bytes: Uint8Array, maxEntries: number, label: string): ZipDirectory {
    try {
      return new ZipDirectory(bytes, readDirectory(bytes, maxEntries, label), label);
    } catch (error) {
      if (error instanceof InterchangeFormatError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new InterchangeFormatError(`${label} is not a valid zip archive (${reason})`, { cause: error });
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
    const entry = this.entries.get(name);
    if (!entry) throw new InterchangeFormatError(`${this.label} has no entry "${name}"`);
    const tooLarge = () =>
      new InterchangeFormatError(
        `${this.label}: "${name}" would unpack to more than ${formatBytes(cap)}; refusing to open it`,
      );
    if (entry.size > cap) throw tooLarge();
    if (entry.encrypted) throw new InterchangeFormatError(`${this.label}: "${name}" is encrypted`);
    const data = this.compressedData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        const reason = error instanceof Error ? error.message : String(error);
        throw new InterchangeFormatError(`${this.label}: "${name}" is damaged (${reason})`, { cause: error });
      }
    } else {
      throw new InterchangeFormatError(
        `${this.label}: "${name}" uses zip compression method ${entry.method}, which this app cannot read`,
      );
    }
    if (out.byteLength > cap) throw tooLarge();
    if (out.byteLength !== entry.size || crc32(out) >>> 0 !== entry.crc) {
      throw new InterchangeFormatError(`${this.label}: "${name}" is damaged (its size or checksum does not match)`);
    }
    return out;
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw new InterchangeFormatError(`${this.label}: "${entry.name}" is damaged (no local header)`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.byteLength) {
      throw new InterchangeFormatError(`${this.label}: "${entry.name}" is cut short (the file is truncated)`);
    }
    return this.bytes.subarray(start, end);
  }
}
