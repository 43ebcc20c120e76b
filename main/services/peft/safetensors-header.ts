// Parses and validates a safetensors header: bounded size, JSON shape, dtypes, shapes and byte ranges.

import { PeftConversionError } from './peft-conversion-error';

/** The safetensors reference implementation refuses headers above 100 MB; so do we. */
export const SAFETENSORS_MAX_HEADER_BYTES = 100 * 1000 * 1000;

/** Bytes per element of every dtype the format defines (only F32, F16 and BF16 can be decoded here). */
export const SAFETENSORS_DTYPE_BYTES: Readonly<Record<string, number>> = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E5M2: 1,
  F8_E4M3: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  I64: 8,
  U64: 8,
  F64: 8,
};

export interface SafetensorsTensorInfo {
  readonly name: string;
  readonly dtype: string;
  /** PyTorch order: the last dimension is contiguous. */
  readonly shape: readonly number[];
  /** Absolute byte offsets in the file, [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface SafetensorsHeader {
  /** Offset of the data section (8 + header length). */
  readonly dataOffset: number;
  readonly tensors: ReadonlyMap<string, SafetensorsTensorInfo>;
  /** The optional `__metadata__` string map (PEFT writes {"format": "pt"}). */
  readonly metadata: Readonly<Record<string, string>>;
}

/** Reads the little-endian u64 header length from the first 8 bytes, checking it against the file size. */
export function safetensorsHeaderLength(prefix: Uint8Array, fileSize: number, label: string): number {
  if (fileSize < 8 || prefix.byteLength < 8) {
    throw invalid(`${label} is too small to be a safetensors file (${fileSize} bytes)`);
  }
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    throw invalid(
      `${label} declares a ${length}-byte header, above the 100 MB limit: it is corrupt or not safetensors`,
    );
  }
  const headerLength = Number(length);
  if (headerLength < 2) throw invalid(`${label} declares an empty header: it is corrupt or not safetensors`);
  if (8 + headerLength > fileSize) {
    throw invalid(`${label} is truncated: its header needs ${8 + headerLength} bytes but the file has ${fileSize}`);
  }
  return headerLength;
}

/** Parses the JSON header bytes; every tensor's range must lie inside the data section and not overlap another. */
export function parseSafetensorsHeader(headerBytes: Uint8Array, fileSize: number, label: string): SafetensorsHeader {
  const dataOffset = 8 + headerBytes.byteLength;
  const dataSize = fileSize - dataOffset;
  const json = decodeHeaderJson(headerBytes, label);
  const tensors = new Map<string, SafetensorsTensorInfo>();
  let metadata: Record<string, string> = {};
  for (const [name, entry] of Object.entries(json)) {
    if (name === '__metadata__') {
      metadata = parseMetadata(entry, label);
      continue;
    }
    const info = parseTensorEntry(name, entry, dataSize, label);
    tensors.set(name, { ...info, start: dataOffset + info.start, end: dataOffset + info.end });
  }
  checkNoOverlaps([...tensors.values()], label);
  return { dataOffset, tensors, metadata };
}

function decodeHeaderJson(bytes: Uint8Array, label: string): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(`${label} has a header that is not UTF-8 text: it is corrupt or not safetensors`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(`${label} has a header that is not valid JSON: it is corrupt or truncated`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalid(`${label} has a header that is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function parseMetadata(entry: unknown, label: string): Record<string, string> {
  if (entry === null) return {};
  if (typeof entry !== 'object' || Array.isArray(entry)) throw invalid(`${label}: __metadata__ must be an object`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
    if (typeof value !== 'string') throw invalid(`${label}: __metadata__ value "${key}" must be a string`);
    out[key] = value;
  }
  return out;
}

function parseTensorEntry(name: string, entry: unknown, dataSize: number, label: string): SafetensorsTensorInfo {
  const where = `${label}: tensor "${name}"`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw invalid(`${where} is not an object`);
  const { dtype, shape, data_offsets: offsets } = entry as Record<string, unknown>;
  if (typeof dtype !== 'string' || !(dtype in SAFETENSORS_DTYPE_BYTES)) {
    throw invalid(`${where} has unknown dtype ${JSON.stringify(dtype)}`);
  }
  if (!Array.isArray(shape) || !shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0)) {
    throw invalid(`${where} has an invalid shape ${JSON.stringify(shape)}`);
  }
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((offset) => Number.isSafeInteger(offset) && offset >= 0)
  ) {
    throw invalid(`${where} has invalid data_offsets ${JSON.stringify(offsets)}`);
  }
  const [start, end] = offsets as [number, number];
  const elements = (shape as number[]).reduce((product, dim) => product * dim, 1);
  const expectedBytes = elements * (SAFETENSORS_DTYPE_BYTES[dtype] ?? 0);
  if (!Number.isSafeInteger(expectedBytes)) throw invalid(`${where} has an impossibly large shape`);
  if (end < start) throw invalid(`${where} has data_offsets that end before they start`);
  if (end - start !== expectedBytes) {
    throw invalid(
      `${where} is ${dtype} [${(shape as number[]).join(', ')}] = ${expectedBytes} bytes, but its data_offsets span ${end - start}`,
    );
  }
  if (end > dataSize) {
    throw invalid(
      `${label} is truncated: tensor "${name}" ends at data byte ${end} but the data section has ${dataSize}`,
    );
  }
  return { name, dtype, shape: shape as number[], start, end };
}

function checkNoOverlaps(tensors: SafetensorsTensorInfo[], label: string): void {
  const sorted = tensors.filter((tensor) => tensor.end > tensor.start).sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous !== undefined && current !== undefined && current.start < previous.end) {
      throw invalid(`${label}: tensors "${previous.name}" and "${current.name}" overlap: the file is corrupt`);
    }
  }
}

function invalid(message: string): PeftConversionError {
  return new PeftConversionError(message, 'invalid-weights');
}
