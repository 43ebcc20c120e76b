// The central directory of a zip archive (zip64 included), read through a ZipSource: only the
// end record and the directory itself are read, never the entries' data.
import { InterchangeFormatError } from '../../errors';
import { formatBytes } from './limits';
import type { ZipSource } from './zip-source';

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

/** Why an archive is not a valid zip file; the caller words the message. */
export class ZipStructureError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** 100,000 entries with long names fit in a few MiB; a directory claiming more is not read into memory. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipStructureError('a 64-bit size or offset is too large');
  return Number(value);
}

/** Absolute offset of the end-of-central-directory record: 22 bytes plus a comment of at most 65535, at the end. */
function findEndOfCentralDirectory(source: ZipSource): number {
  const tailStart = Math.max(0, source.size - 22 - U16_MAX);
  const tail = source.readAt(tailStart, source.size - tailStart);
  const view = viewOf(tail);
  for (let pos = tail.byteLength - 22; pos >= 0; pos -= 1) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return tailStart + pos;
  }
  throw new ZipStructureError('no end-of-central-directory record');
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

function locateDirectory(source: ZipSource, eocd: number): DirectoryLocation {
  const record = viewOf(source.readAt(eocd, 22));
  let count = record.getUint16(10, true);
  let size = record.getUint32(12, true);
  let offset = record.getUint32(16, true);
  const locatorAt = eocd - 20;
  if ((count === U16_MAX || size === U32_MAX || offset === U32_MAX) && locatorAt >= 0) {
    const locator = viewOf(source.readAt(locatorAt, 20));
    if (locator.getUint32(0, true) === ZIP64_LOCATOR_SIGNATURE) {
      const recordAt = u64(locator, 8);
      const zip64 = source.readAt(recordAt, 56);
      const view = viewOf(zip64);
      if (zip64.byteLength < 56 || view.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) {
        throw new ZipStructureError('a damaged zip64 end-of-central-directory record');
      }
      count = u64(view, 32);
      size = u64(view, 40);
      offset = u64(view, 48);
    }
  }
  if (offset + size > source.size) throw new ZipStructureError('a central directory past the end of the file');
  if (size > MAX_DIRECTORY_BYTES) {
    throw new ZipStructureError(`a central directory of more than ${formatBytes(MAX_DIRECTORY_BYTES)}`);
  }
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

/** Every entry by name; refuses more than maxEntries entries and names listed twice. */
export function readZipEntries(source: ZipSource, maxEntries: number, label: string): Map<string, ZipEntry> {
  if (source.size < 22) throw new ZipStructureError('too short to be a zip archive');
  const location = locateDirectory(source, findEndOfCentralDirectory(source));
  if (location.count > maxEntries) {
    throw new InterchangeFormatError(`${label} has more than ${maxEntries} entries; refusing to open it`);
  }
  const bytes = source.readAt(location.offset, location.size);
  const view = viewOf(bytes);
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  const end = bytes.byteLength;
  let pos = 0;
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
