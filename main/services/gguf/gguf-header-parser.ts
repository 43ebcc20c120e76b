// Parses a GGUF header from the first bytes of a file, checking every count and length against limits and the file size.

import { GgufFormatError } from './gguf-format-error';
import { alignOffset, tensorByteSize } from './gguf-tensor-size';
import {
  GGML_MAX_DIMS,
  GGML_MAX_NAME,
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_READABLE_VERSIONS,
  GGUF_SCALAR_BYTE_WIDTH,
  ggmlTypeName,
  ggufValueTypeName,
  type GgmlTypeName,
  type GgufScalarTypeName,
  type GgufScalarValue,
  type GgufValue,
} from './gguf-types';

export interface GgufReadLimits {
  readonly maxTensors: number;
  readonly maxKeyValues: number;
  readonly maxKeyBytes: number;
  readonly maxStringBytes: number;
  readonly maxArrayLength: number;
  /** Header (metadata + tensor infos) bytes read at most; protects against hostile files. */
  readonly maxHeaderBytes: number;
}

export const DEFAULT_GGUF_READ_LIMITS: GgufReadLimits = {
  maxTensors: 100_000,
  maxKeyValues: 100_000,
  maxKeyBytes: 64 * 1024,
  maxStringBytes: 64 * 1024 * 1024,
  // Large real vocabularies (token lists, BPE merges) stay well below a few million entries.
  maxArrayLength: 16 * 1024 * 1024,
  maxHeaderBytes: 256 * 1024 * 1024,
};

export interface GgufTensorInfo {
  readonly name: string;
  /** GGUF order: ne0 (contiguous, innermost) first. */
  readonly dims: readonly number[];
  readonly type: number;
  readonly typeName: GgmlTypeName;
  /** Offset from the start of the tensor data section. */
  readonly offset: number;
  readonly byteSize: number;
}

export interface ParsedGgufHeader {
  readonly version: number;
  readonly metadata: ReadonlyMap<string, GgufValue>;
  readonly tensors: readonly GgufTensorInfo[];
  readonly alignment: number;
  /** Absolute file offset where tensor data starts. */
  readonly dataOffset: number;
  /** Absolute file offset where the last tensor's data ends (the header's end when there are no tensors). */
  readonly dataEnd: number;
  readonly fileSize: number;
}

/** Thrown when the parser ran past the bytes it was given but the file holds more: read more, then retry. */
export class NeedMoreBytesSignal extends Error {
  constructor(readonly needed: number) {
    super(`need ${needed} header bytes`);
  }
}

const textDecoder = new TextDecoder('utf-8');
const MAGIC_BYTES = new TextEncoder().encode(GGUF_MAGIC);

/**
 * Parses the header in `bytes` (a prefix of a file of `fileSize` bytes). Throws GgufFormatError for
 * invalid files and NeedMoreBytesSignal when the prefix is too short but the file may hold the rest.
 */
export function parseGgufHeader(
  bytes: Uint8Array,
  fileSize: number,
  limits: GgufReadLimits = DEFAULT_GGUF_READ_LIMITS,
): ParsedGgufHeader {
  if (fileSize === 0) throw new GgufFormatError('empty', 'empty file (0 bytes), not a GGUF model');
  const cursor = new HeaderCursor(bytes, fileSize, limits.maxHeaderBytes);
  checkMagic(bytes, fileSize);
  cursor.skip(4, 'magic');
  const version = readVersion(cursor);
  const tensorCount = cursor.count('tensor count', limits.maxTensors);
  const kvCount = cursor.count('metadata entry count', limits.maxKeyValues);

  const metadata = new Map<string, GgufValue>();
  for (let i = 0; i < kvCount; i++) {
    const key = cursor.string('metadata key', limits.maxKeyBytes);
    if (key.length === 0) throw invalid(`metadata entry ${i} has an empty key`);
    if (metadata.has(key)) throw invalid(`duplicate metadata key '${key}'`);
    metadata.set(key, readValue(cursor, key, limits));
  }

  const alignment = readAlignment(metadata);
  const infos: RawTensorInfo[] = [];
  const names = new Set<string>();
  for (let i = 0; i < tensorCount; i++) {
    const info = readTensorInfo(cursor, i);
    if (names.has(info.name)) throw invalid(`duplicate tensor name '${info.name}'`);
    names.add(info.name);
    infos.push(info);
  }

  const dataOffset = alignOffset(cursor.position, alignment);
  // With no tensors there is no data section, so the file may end right after the header.
  const { tensors, dataEnd } = placeTensors(infos, alignment, dataOffset, cursor.position);
  if (dataEnd > fileSize) {
    throw new GgufFormatError(
      'truncated',
      `file is truncated: tensor data ends at byte ${dataEnd} but the file is ${fileSize} bytes`,
    );
  }
  return { version, metadata, tensors, alignment, dataOffset, dataEnd, fileSize };
}

function invalid(reason: string): GgufFormatError {
  return new GgufFormatError('invalid', `invalid GGUF file: ${reason}`);
}

function checkMagic(bytes: Uint8Array, fileSize: number): void {
  const available = Math.min(4, bytes.length);
  const head = bytes.subarray(0, available);
  const matchesSoFar = head.every((byte, i) => byte === MAGIC_BYTES[i]);
  if (matchesSoFar && fileSize < 4) {
    throw new GgufFormatError('truncated', `file is truncated: only ${fileSize} bytes, too short for a GGUF header`);
  }
  if (!matchesSoFar) {
    throw new GgufFormatError(
      'bad-magic',
      `not a GGUF file (bad magic: expected "GGUF", found ${describeBytes(head)})`,
    );
  }
}

function describeBytes(bytes: Uint8Array): string {
  const printable = [...bytes].every((byte) => byte >= 0x20 && byte < 0x7f);
  if (printable) return JSON.stringify(String.fromCharCode(...bytes));
  return [...bytes].map((byte) => `0x${byte.toString(16).padStart(2, '0')}`).join(' ');
}

function readVersion(cursor: HeaderCursor): number {
  const version = cursor.u32('version');
  if (GGUF_READABLE_VERSIONS.includes(version)) return version;
  const swapped =
    ((version & 0xff) << 24) | (((version >>> 8) & 0xff) << 16) | (((version >>> 16) & 0xff) << 8) | (version >>> 24);
  const hint = GGUF_READABLE_VERSIONS.includes(swapped >>> 0) ? ' (big-endian GGUF files are not supported)' : '';
  throw new GgufFormatError(
    'unsupported-version',
    `unsupported GGUF version ${version}${hint}; supported versions: ${GGUF_READABLE_VERSIONS.join(', ')}`,
  );
}

function readValue(cursor: HeaderCursor, key: string, limits: GgufReadLimits): GgufValue {
  const typeCode = cursor.u32(`type of '${key}'`);
  const typeName = ggufValueTypeName(typeCode);
  if (typeName === undefined) throw invalid(`metadata '${key}' has unknown value type ${typeCode}`);
  if (typeName !== 'array') return readScalar(cursor, key, typeName, limits);

  const itemCode = cursor.u32(`item type of '${key}'`);
  const itemType = ggufValueTypeName(itemCode);
  if (itemType === undefined) throw invalid(`metadata '${key}' has unknown array item type ${itemCode}`);
  if (itemType === 'array') throw invalid(`metadata '${key}' is a nested array, which llama.cpp does not support`);
  const length = cursor.count(`length of array '${key}'`, limits.maxArrayLength);
  // Fail before allocating: even the smallest items cannot fit in what is left of the file.
  const minItemBytes = itemType === 'string' ? 8 : GGUF_SCALAR_BYTE_WIDTH[itemType];
  cursor.requireInFile(length * minItemBytes, `array '${key}' of ${length} ${itemType} items`);
  const items: (number | bigint | boolean | string)[] = new Array(length);
  for (let i = 0; i < length; i++) items[i] = readScalar(cursor, key, itemType, limits).value;
  return { type: 'array', itemType, value: items } as GgufValue;
}

function readScalar(
  cursor: HeaderCursor,
  key: string,
  type: GgufScalarTypeName,
  limits: GgufReadLimits,
): GgufScalarValue {
  switch (type) {
    case 'string':
      return { type, value: cursor.string(`value of '${key}'`, limits.maxStringBytes) };
    case 'bool': {
      const byte = cursor.u8(`value of '${key}'`);
      if (byte > 1) throw invalid(`metadata '${key}' has bool value ${byte}`);
      return { type, value: byte === 1 };
    }
    case 'uint64':
    case 'int64':
      return { type, value: cursor.bigint(type, `value of '${key}'`) };
    default:
      return { type, value: cursor.number(type, `value of '${key}'`) };
  }
}

function readAlignment(metadata: ReadonlyMap<string, GgufValue>): number {
  const value = metadata.get('general.alignment');
  if (value === undefined) return GGUF_DEFAULT_ALIGNMENT;
  if (value.type !== 'uint32') throw invalid(`general.alignment must be uint32, got ${value.type}`);
  if (value.value === 0 || (value.value & (value.value - 1)) !== 0) {
    throw invalid(`general.alignment must be a power of two, got ${value.value}`);
  }
  return value.value;
}

interface RawTensorInfo {
  readonly name: string;
  readonly dims: readonly number[];
  readonly type: number;
  readonly offset: bigint;
}

function readTensorInfo(cursor: HeaderCursor, index: number): RawTensorInfo {
  const name = cursor.string(`name of tensor ${index}`, GGML_MAX_NAME - 1);
  const dimCount = cursor.u32(`dimension count of tensor '${name}'`);
  if (dimCount > GGML_MAX_DIMS) throw invalid(`tensor '${name}' has ${dimCount} dimensions (max ${GGML_MAX_DIMS})`);
  const dims: number[] = [];
  for (let d = 0; d < dimCount; d++) {
    const dim = cursor.bigint('int64', `dimension ${d} of tensor '${name}'`);
    if (dim < 0n || dim > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid(`tensor '${name}' has dimension ${dim}`);
    dims.push(Number(dim));
  }
  const type = cursor.u32(`type of tensor '${name}'`);
  const offset = cursor.bigint('uint64', `offset of tensor '${name}'`);
  return { name, dims, type, offset };
}

function placeTensors(
  infos: readonly RawTensorInfo[],
  alignment: number,
  dataOffset: number,
  headerEnd: number,
): { tensors: GgufTensorInfo[]; dataEnd: number } {
  const tensors: GgufTensorInfo[] = [];
  let expectedOffset = 0;
  let dataEnd = headerEnd;
  for (const info of infos) {
    const typeName = ggmlTypeName(info.type);
    if (typeName === undefined) throw invalid(`tensor '${info.name}' has unknown type ${info.type}`);
    const byteSize = tensorByteSize(info.type, info.dims);
    if (typeof byteSize === 'string') throw invalid(`tensor '${info.name}': ${byteSize}`);
    // llama.cpp requires tensors packed in order, each padded to the alignment.
    if (info.offset !== BigInt(expectedOffset)) {
      throw invalid(`tensor '${info.name}' has data offset ${info.offset}, expected ${expectedOffset}`);
    }
    tensors.push({ name: info.name, dims: info.dims, type: info.type, typeName, offset: expectedOffset, byteSize });
    dataEnd = dataOffset + expectedOffset + byteSize;
    expectedOffset = alignOffset(expectedOffset + byteSize, alignment);
    if (!Number.isSafeInteger(dataOffset + expectedOffset)) throw invalid('tensor data is impossibly large');
  }
  return { tensors, dataEnd };
}

/** Bounds-checked little-endian reads over a file prefix. */
class HeaderCursor {
  private offset = 0;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileSize: number,
    private readonly maxHeaderBytes: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get position(): number {
    return this.offset;
  }

  skip(count: number, what: string): void {
    this.ensure(count, what);
    this.offset += count;
  }

  /** Fails fast when `count` bytes cannot possibly follow in the file. */
  requireInFile(count: number, what: string): void {
    const remaining = this.fileSize - this.offset;
    if (count > remaining) {
      throw new GgufFormatError(
        'truncated',
        `file is truncated or corrupt: ${what} need at least ${count} bytes at byte ${this.offset} but only ${remaining} remain`,
      );
    }
  }

  u8(what: string): number {
    this.ensure(1, what);
    return this.view.getUint8(this.offset++);
  }

  u32(what: string): number {
    this.ensure(4, what);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  number(type: Exclude<GgufScalarTypeName, 'string' | 'bool' | 'uint64' | 'int64'>, what: string): number {
    const width = GGUF_SCALAR_BYTE_WIDTH[type];
    this.ensure(width, what);
    const at = this.offset;
    this.offset += width;
    switch (type) {
      case 'uint8':
        return this.view.getUint8(at);
      case 'int8':
        return this.view.getInt8(at);
      case 'uint16':
        return this.view.getUint16(at, true);
      case 'int16':
        return this.view.getInt16(at, true);
      case 'uint32':
        return this.view.getUint32(at, true);
      case 'int32':
        return this.view.getInt32(at, true);
      case 'float32':
        return this.view.getFloat32(at, true);
      case 'float64':
        return this.view.getFloat64(at, true);
    }
  }

  bigint(type: 'uint64' | 'int64', what: string): bigint {
    this.ensure(8, what);
    const value =
      type === 'uint64' ? this.view.getBigUint64(this.offset, true) : this.view.getBigInt64(this.offset, true);
    this.offset += 8;
    return value;
  }

  /** A uint64 count, rejected above `limit` before anything is allocated for it. */
  count(what: string, limit: number): number {
    const value = this.bigint('uint64', what);
    if (value > BigInt(limit)) {
      throw new GgufFormatError(
        'limit-exceeded',
        `${what} ${value} exceeds the limit of ${limit}; the file is corrupt or hostile`,
      );
    }
    return Number(value);
  }

  string(what: string, maxBytes: number): string {
    const length = this.count(`byte length of ${what}`, maxBytes);
    this.ensure(length, what);
    const text = textDecoder.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }

  private ensure(count: number, what: string): void {
    const end = this.offset + count;
    if (end > this.fileSize) {
      throw new GgufFormatError(
        'truncated',
        `file is truncated: the header's ${what} needs bytes up to ${end} but the file is ${this.fileSize} bytes`,
      );
    }
    if (end > this.maxHeaderBytes) {
      throw new GgufFormatError(
        'limit-exceeded',
        `GGUF header is larger than the ${this.maxHeaderBytes}-byte limit (reading ${what})`,
      );
    }
    if (end > this.bytes.length) throw new NeedMoreBytesSignal(end);
  }
}
