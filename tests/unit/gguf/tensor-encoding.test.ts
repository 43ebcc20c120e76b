// Tensor encoders: F32/F16 exactness and Q8_0 block layout, rounding, tolerance and chunking.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../main/services/gguf/seeded-random';
import { createTensorEncoder, decodeTensorBytes } from '../../../main/services/gguf/tensor-encoding';

function randomValues(count: number, seed: number, scale = 3): Float32Array {
  return new SeededRandom(seed).fillUniform(new Float32Array(count), scale);
}

describe('Q8_0 encoding', () => {
  it('stores an f16 scale of max|x|/127 and int8 quants per block of 32, rounded to nearest', () => {
    const block = new Float32Array(32);
    block[0] = 127; // scale becomes exactly 1
    block[1] = -2.6;
    block[2] = 2.5;
    block[3] = 0.4;
    block[4] = -0.4;
    const bytes = createTensorEncoder('Q8_0').encode(block);
    expect(bytes.length).toBe(34);
    expect(bytes[0]! | (bytes[1]! << 8)).toBe(0x3c00);
    const quants = new Int8Array(bytes.buffer, bytes.byteOffset + 2, 32);
    expect([...quants.subarray(0, 6)]).toEqual([127, -3, 3, 0, 0, 0]);
  });

  it('dequantizes within half a quantization step of the input', () => {
    const values = randomValues(32 * 64, 7);
    const decoded = decodeTensorBytes('Q8_0', createTensorEncoder('Q8_0').encode(values));
    expect(decoded.length).toBe(values.length);
    for (let block = 0; block < 64; block++) {
      const slice = values.subarray(block * 32, block * 32 + 32);
      const step = Math.max(...slice.map(Math.abs)) / 127;
      for (let i = 0; i < 32; i++) {
        const index = block * 32 + i;
        // Half a step from rounding plus the f16 rounding of the scale (relative 2^-11 of up to 127 steps).
        expect(Math.abs(decoded[index]! - values[index]!)).toBeLessThanOrEqual(step * (0.5 + 127 * 2 ** -11) + 1e-7);
      }
    }
  });

  it('encodes an all-zero block as zero scale and zero quants', () => {
    const bytes = createTensorEncoder('Q8_0').encode(new Float32Array(32));
    expect([...bytes].every((byte) => byte === 0)).toBe(true);
  });

  it('gives identical bytes whatever the chunk boundaries', () => {
    const values = randomValues(32 * 10, 11);
    const whole = createTensorEncoder('Q8_0').encode(values);
    const encoder = createTensorEncoder('Q8_0');
    const parts: Uint8Array[] = [];
    for (const [start, end] of [
      [0, 5],
      [5, 40],
      [40, 41],
      [41, 200],
      [200, 320],
    ] as const) {
      parts.push(encoder.encode(values.subarray(start, end)));
    }
    encoder.finish();
    expect(Buffer.concat(parts)).toEqual(Buffer.from(whole));
  });

  it('rejects a partial trailing block', () => {
    const encoder = createTensorEncoder('Q8_0');
    encoder.encode(new Float32Array(40));
    expect(() => encoder.finish()).toThrow(/whole blocks of 32 values; 8 left over/);
  });
});

describe('F32 and F16 encoding', () => {
  it('stores F32 exactly', () => {
    const values = randomValues(100, 3);
    expect(decodeTensorBytes('F32', createTensorEncoder('F32').encode(values))).toEqual(values);
  });

  it('stores F16 within half-precision rounding', () => {
    const values = randomValues(100, 5, 10);
    const decoded = decodeTensorBytes('F16', createTensorEncoder('F16').encode(values));
    for (let i = 0; i < values.length; i++) {
      expect(Math.abs(decoded[i]! - values[i]!)).toBeLessThanOrEqual(Math.abs(values[i]!) * 2 ** -11 + 2 ** -25);
    }
  });
});
