// Encodes a GGUF header (magic, counts, metadata, tensor infos) into bytes, validating every value on the way.

import { ByteBuilder } from './byte-builder';
import { alignOffset, tensorByteSize } from './gguf-tensor-size';
import {
  GGML_MAX_DIMS,
  GGML_MAX_NAME,
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_WRITE_VERSION,
  GgmlType,
  GgufValueTypeCode,
  type GgmlTypeName,
  type GgufScalarTypeName,
  type GgufValue,
} from './gguf-types';

export type GgufMetadataInput = ReadonlyMap<string, GgufValue> | Readonly<Record<string, GgufValue>>;

/** The header-relevant part of a tensor: where its bytes go is decided here. */
export interface GgufTensorLayoutInput {
  readonly name: string;
  /** GGUF order: ne0 (contiguous, innermost) first. A PyTorch [out, in] weight is [in, out]. */
  readonly dims: readonly number[];
  readonly type: GgmlTypeName;
}

export interface PlacedTensor extends GgufTensorLayoutInput {
  /** Offset from the start of the tensor data section. */
  readonly offset: number;
  readonly byteSize: number;
}

export interface EncodedGgufHeader {
  /** Header bytes including the padding up to the data section. */
  readonly bytes: Uint8Array;
  readonly alignment: number;
  readonly dataOffset: number;
  readonly tensors: readonly PlacedTensor[];
  /** Bytes of the data section, each tensor padded to the alignment. */
  readonly dataSize: number;
}

const INTEGER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  uint8: [0, 0xff],
  int8: [-0x80, 0x7f],
  uint16: [0, 0xffff],
  int16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff],
  int32: [-0x80000000, 0x7fffffff],
};

const BIGINT_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  uint64: [0n, 0xffffffffffffffffn],
  int64: [-0x8000000000000000n, 0x7fffffffffffffffn],
};

export function metadataEntries(metadata: GgufMetadataInput): [string, GgufValue][] {
  return metadata instanceof Map ? [...metadata.entries()] : Object.entries(metadata);
}

export function encodeGgufHeader(
  metadata: GgufMetadataInput,
  tensors: readonly GgufTensorLayoutInput[],
): EncodedGgufHeader {
  const entries = metadataEntries(metadata);
  const alignment = resolveAlignment(entries);
  const placed = placeTensors(tensors, alignment);

  const out = new ByteBuilder();
  out.raw(new TextEncoder().encode(GGUF_MAGIC));
  out.u32(GGUF_WRITE_VERSION);
  out.u64(placed.tensors.length);
  out.u64(entries.length);
  for (const [key, value] of entries) {
    if (key.length === 0) throw new Error('metadata keys must not be empty');
    out.string(key);
    writeValue(out, key, value);
  }
  for (const tensor of placed.tensors) {
    out.string(tensor.name);
    out.u32(tensor.dims.length);
    for (const dim of tensor.dims) out.i64(dim);
    out.u32(GgmlType[tensor.type]);
    out.u64(tensor.offset);
  }
  const dataOffset = alignOffset(out.size, alignment);
  out.zeros(dataOffset - out.size);
  return { bytes: out.bytes(), alignment, dataOffset, tensors: placed.tensors, dataSize: placed.dataSize };
}

function resolveAlignment(entries: readonly [string, GgufValue][]): number {
  const entry = entries.find(([key]) => key === 'general.alignment');
  if (entry === undefined) return GGUF_DEFAULT_ALIGNMENT;
  const value = entry[1];
  if (value.type !== 'uint32' || value.value === 0 || (value.value & (value.value - 1)) !== 0) {
    throw new Error('general.alignment must be a uint32 power of two');
  }
  return value.value;
}

function placeTensors(
  tensors: readonly GgufTensorLayoutInput[],
  alignment: number,
): { tensors: PlacedTensor[]; dataSize: number } {
  const seen = new Set<string>();
  const placed: PlacedTensor[] = [];
  let offset = 0;
  for (const tensor of tensors) {
    validateTensorLayout(tensor, seen);
    const byteSize = tensorByteSize(GgmlType[tensor.type], tensor.dims);
    if (typeof byteSize === 'string') throw new Error(`tensor '${tensor.name}': ${byteSize}`);
    placed.push({ ...tensor, offset, byteSize });
    offset = alignOffset(offset + byteSize, alignment);
  }
  return { tensors: placed, dataSize: offset };
}

function validateTensorLayout(tensor: GgufTensorLayoutInput, seen: Set<string>): void {
  const nameBytes = new TextEncoder().encode(tensor.name).length;
  if (nameBytes === 0 || nameBytes >= GGML_MAX_NAME) {
    throw new Error(`tensor name '${tensor.name}' must be 1 to ${GGML_MAX_NAME - 1} bytes`);
  }
  if (seen.has(tensor.name)) throw new Error(`duplicate tensor name '${tensor.name}'`);
  seen.add(tensor.name);
  if (!(tensor.type in GgmlType)) throw new Error(`tensor '${tensor.name}': unknown type ${tensor.type}`);
  if (tensor.dims.length < 1 || tensor.dims.length > GGML_MAX_DIMS) {
    throw new Error(`tensor '${tensor.name}' must have 1 to ${GGML_MAX_DIMS} dims, got ${tensor.dims.length}`);
  }
  for (const dim of tensor.dims) {
    if (!Number.isSafeInteger(dim) || dim < 1) {
      throw new Error(`tensor '${tensor.name}' has invalid dims [${tensor.dims.join(', ')}]`);
    }
  }
}

function writeValue(out: ByteBuilder, key: string, value: GgufValue): void {
  if (value.type === 'array') {
    if (!(value.itemType in GgufValueTypeCode) || (value.itemType as string) === 'array') {
      throw new Error(`metadata '${key}': unsupported array item type ${String(value.itemType)}`);
    }
    out.u32(GgufValueTypeCode.array);
    out.u32(GgufValueTypeCode[value.itemType]);
    out.u64(value.value.length);
    for (const item of value.value) writeScalar(out, key, value.itemType, item);
    return;
  }
  if (!(value.type in GgufValueTypeCode)) {
    throw new Error(`metadata '${key}': unknown value type ${String((value as { type: unknown }).type)}`);
  }
  out.u32(GgufValueTypeCode[value.type]);
  writeScalar(out, key, value.type, value.value);
}

function writeScalar(out: ByteBuilder, key: string, type: GgufScalarTypeName, item: unknown): void {
  const fail = (): never => {
    throw new Error(`metadata '${key}': ${String(item)} is not a valid ${type}`);
  };
  switch (type) {
    case 'string':
      if (typeof item !== 'string') fail();
      out.string(item as string);
      return;
    case 'bool':
      if (typeof item !== 'boolean') fail();
      out.u8(item ? 1 : 0);
      return;
    case 'float32':
    case 'float64':
      if (typeof item !== 'number') fail();
      if (type === 'float32') out.f32(item as number);
      else out.f64(item as number);
      return;
    case 'uint64':
    case 'int64': {
      const [min, max] = BIGINT_RANGES[type] ?? fail();
      if (typeof item !== 'bigint' || item < min || item > max) fail();
      if (type === 'uint64') out.u64(item as bigint);
      else out.i64(item as bigint);
      return;
    }
    default: {
      const [min, max] = INTEGER_RANGES[type] ?? fail();
      if (typeof item !== 'number' || !Number.isInteger(item) || item < min || item > max) fail();
      writeSmallInteger(out, type, item as number);
    }
  }
}

function writeSmallInteger(out: ByteBuilder, type: GgufScalarTypeName, value: number): void {
  if (type === 'uint8') out.u8(value);
  else if (type === 'int8') out.i8(value);
  else if (type === 'uint16') out.u16(value);
  else if (type === 'int16') out.i16(value);
  else if (type === 'uint32') out.u32(value);
  else out.i32(value);
}
