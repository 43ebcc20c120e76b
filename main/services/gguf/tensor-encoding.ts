// Converts float values to ggml tensor bytes (F32, F16, Q8_0) chunk by chunk, and back for verification.

import { float16BitsToFloat32, float32ToFloat16Bits } from './float16';
import { GgmlType } from './gguf-types';

export type EncodableTypeName = 'F32' | 'F16' | 'Q8_0';
export const ENCODABLE_TYPES: readonly EncodableTypeName[] = ['F32', 'F16', 'Q8_0'];

// GGML_TYPE_TRAITS.Q8_0 as literals, which the hot loop below reads faster than a table.
const Q8_0_BLOCK = 32;
const Q8_0_BYTES = 34;

/** Streams float chunks of any length into tensor bytes; `finish` rejects a partial trailing block. */
export interface TensorEncoder {
  encode(values: Float32Array): Uint8Array;
  finish(): void;
}

export function isEncodableType(type: number): boolean {
  return type === GgmlType.F32 || type === GgmlType.F16 || type === GgmlType.Q8_0;
}

export function createTensorEncoder(type: EncodableTypeName): TensorEncoder {
  switch (type) {
    case 'F32':
      return { encode: encodeF32, finish: () => undefined };
    case 'F16':
      return { encode: encodeF16, finish: () => undefined };
    case 'Q8_0':
      return new Q8_0Encoder();
  }
}

function encodeF32(values: Float32Array): Uint8Array {
  // GGUF is little-endian like every platform Node ships on; view the floats' bytes directly.
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

function encodeF16(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const bits = float32ToFloat16Bits(values[i] ?? 0);
    out[2 * i] = bits & 0xff;
    out[2 * i + 1] = bits >>> 8;
  }
  return out;
}

/** Q8_0: blocks of 32 values stored as an f16 scale d = max|x|/127 and 32 int8 round(x/d). */
class Q8_0Encoder implements TensorEncoder {
  private readonly carry = new Float32Array(Q8_0_BLOCK);
  private carried = 0;

  encode(values: Float32Array): Uint8Array {
    const total = this.carried + values.length;
    const blocks = Math.floor(total / Q8_0_BLOCK);
    const out = new Uint8Array(blocks * Q8_0_BYTES);
    let read = 0;
    let written = 0;
    if (this.carried > 0 && blocks > 0) {
      read = Q8_0_BLOCK - this.carried;
      this.carry.set(values.subarray(0, read), this.carried);
      quantizeQ8_0Blocks(this.carry, 0, 1, out, 0);
      this.carried = 0;
      written = 1;
    }
    quantizeQ8_0Blocks(values, read, blocks - written, out, written * Q8_0_BYTES);
    read += (blocks - written) * Q8_0_BLOCK;
    const rest = values.subarray(read);
    this.carry.set(rest, this.carried);
    this.carried += rest.length;
    return out;
  }

  finish(): void {
    if (this.carried !== 0) {
      throw new Error(`Q8_0 data must come in whole blocks of ${Q8_0_BLOCK} values; ${this.carried} left over`);
    }
  }
}

/**
 * ggml's quantize_row_q8_0_ref, in float32 arithmetic like the C code. One tight loop over all
 * blocks: this runs a billion times when writing a TinyLlama-sized model.
 */
function quantizeQ8_0Blocks(
  values: Float32Array,
  start: number,
  blockCount: number,
  out: Uint8Array,
  outStart: number,
): void {
  const quants = new Int8Array(out.buffer, out.byteOffset, out.byteLength);
  for (let block = 0; block < blockCount; block++) {
    const first = start + block * Q8_0_BLOCK;
    const outFirst = outStart + block * Q8_0_BYTES;
    let maxAbs = 0;
    for (let i = first; i < first + Q8_0_BLOCK; i++) maxAbs = Math.max(maxAbs, Math.abs(values[i] as number));
    const scale = Math.fround(maxAbs / 127);
    const inverse = scale !== 0 ? Math.fround(1 / scale) : 0;
    const scaleBits = float32ToFloat16Bits(scale);
    out[outFirst] = scaleBits & 0xff;
    out[outFirst + 1] = scaleBits >>> 8;
    for (let i = 0; i < Q8_0_BLOCK; i++) {
      const scaled = Math.fround((values[first + i] as number) * inverse);
      // Branch-free round to nearest: shift into positives so `| 0` floors. Random weight signs would
      // make a sign branch mispredict half the time. Exact ties round up (ggml's SIMD path rounds them
      // to even, its scalar path away from zero); either dequantizes within the same half step.
      quants[outFirst + 2 + i] = ((scaled + 128.5) | 0) - 128;
    }
  }
}

/** Decodes F32, F16 or Q8_0 tensor bytes back to floats (used to verify written files). */
export function decodeTensorBytes(type: EncodableTypeName, bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (type) {
    case 'F32': {
      const out = new Float32Array(bytes.byteLength / 4);
      for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    case 'F16': {
      const out = new Float32Array(bytes.byteLength / 2);
      for (let i = 0; i < out.length; i++) out[i] = float16BitsToFloat32(view.getUint16(2 * i, true));
      return out;
    }
    case 'Q8_0': {
      const blocks = bytes.byteLength / Q8_0_BYTES;
      const out = new Float32Array(blocks * Q8_0_BLOCK);
      for (let b = 0; b < blocks; b++) {
        const scale = float16BitsToFloat32(view.getUint16(b * Q8_0_BYTES, true));
        for (let i = 0; i < Q8_0_BLOCK; i++) {
          out[b * Q8_0_BLOCK + i] = scale * view.getInt8(b * Q8_0_BYTES + 2 + i);
        }
      }
      return out;
    }
  }
}
