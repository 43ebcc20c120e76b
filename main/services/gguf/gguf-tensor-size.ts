// Byte sizes of ggml tensors and GGUF alignment arithmetic, shared by the writer and the reader.

import { GGML_TYPE_TRAITS, ggmlTypeName } from './gguf-types';

/** Rounds `offset` up to the next multiple of `alignment`. */
export function alignOffset(offset: number, alignment: number): number {
  const remainder = offset % alignment;
  return remainder === 0 ? offset : offset + (alignment - remainder);
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((product, dim) => product * dim, 1);
}

/**
 * Bytes taken by a tensor of `type` with GGUF dims (ne0 first, ne0 contiguous).
 * Returns an error string instead of throwing so callers can word it for their context.
 */
export function tensorByteSize(type: number, dims: readonly number[]): number | string {
  const name = ggmlTypeName(type);
  if (name === undefined) return `unknown tensor type ${type}`;
  const { blockSize, typeSize } = GGML_TYPE_TRAITS[name];
  const rowLength = dims[0] ?? 1;
  if (rowLength % blockSize !== 0) {
    return `row length ${rowLength} is not a multiple of the ${name} block size ${blockSize}`;
  }
  const bytes = (elementCount(dims) / blockSize) * typeSize;
  if (!Number.isSafeInteger(bytes)) return `tensor of ${dims.join('x')} ${name} is too large`;
  return bytes;
}
