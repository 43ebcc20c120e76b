// Writer → reader round trip: every metadata value type, F32/F16/Q8_0/raw tensors, alignment and writer validation.

import { mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeTensorBytes,
  readGgufHeader,
  writeGgufFile,
  type GgufTensorInfo,
  type GgufValue,
} from '../../../main/services/gguf';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gguf-roundtrip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const EVERY_VALUE_TYPE: Record<string, GgufValue> = {
  'test.uint8': { type: 'uint8', value: 255 },
  'test.int8': { type: 'int8', value: -128 },
  'test.uint16': { type: 'uint16', value: 65535 },
  'test.int16': { type: 'int16', value: -32768 },
  'test.uint32': { type: 'uint32', value: 4294967295 },
  'test.int32': { type: 'int32', value: -2147483648 },
  'test.float32': { type: 'float32', value: Math.fround(3.14159) },
  'test.float64': { type: 'float64', value: Math.PI },
  'test.bool.true': { type: 'bool', value: true },
  'test.bool.false': { type: 'bool', value: false },
  'test.uint64': { type: 'uint64', value: 18446744073709551615n },
  'test.int64': { type: 'int64', value: -9223372036854775808n },
  'test.string': { type: 'string', value: 'Myocardial infarction — ▁µg 心臓 🫀' },
  'test.string.empty': { type: 'string', value: '' },
  'test.array.uint8': { type: 'array', itemType: 'uint8', value: [0, 1, 255] },
  'test.array.int8': { type: 'array', itemType: 'int8', value: [-128, 0, 127] },
  'test.array.uint16': { type: 'array', itemType: 'uint16', value: [0, 65535] },
  'test.array.int16': { type: 'array', itemType: 'int16', value: [-32768, 32767] },
  'test.array.uint32': { type: 'array', itemType: 'uint32', value: [0, 4294967295] },
  'test.array.int32': { type: 'array', itemType: 'int32', value: [-1, 6, 2147483647] },
  'test.array.float32': { type: 'array', itemType: 'float32', value: [Math.fround(0.1), -0, Math.fround(1e30)] },
  'test.array.float64': { type: 'array', itemType: 'float64', value: [0.1, -1e300] },
  'test.array.bool': { type: 'array', itemType: 'bool', value: [true, false, true] },
  'test.array.uint64': { type: 'array', itemType: 'uint64', value: [0n, 2n ** 64n - 1n] },
  'test.array.int64': { type: 'array', itemType: 'int64', value: [-(2n ** 63n), 42n] },
  'test.array.string': { type: 'array', itemType: 'string', value: ['<s>', '▁the', '', '<0x0A>'] },
  'test.array.empty': { type: 'array', itemType: 'string', value: [] },
};

function ramp(count: number, scale: number): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => Math.sin(i * 0.37) * scale);
}

async function readTensorBytes(path: string, dataOffset: number, tensor: GgufTensorInfo): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(tensor.byteSize);
    await handle.read(bytes, 0, bytes.length, dataOffset + tensor.offset);
    return bytes;
  } finally {
    await handle.close();
  }
}

describe('writeGgufFile + readGgufHeader', () => {
  it('round-trips every metadata value type in order', async () => {
    const path = join(dir, 'values.gguf');
    await writeGgufFile(path, { metadata: EVERY_VALUE_TYPE, tensors: [] });
    const header = await readGgufHeader(path);
    expect(header.version).toBe(3);
    expect([...header.metadata.keys()]).toEqual(Object.keys(EVERY_VALUE_TYPE));
    expect(Object.fromEntries(header.metadata)).toEqual(EVERY_VALUE_TYPE);
    expect(header.getString('test.string')).toBe('Myocardial infarction — ▁µg 心臓 🫀');
    expect(header.getNumber('test.uint32')).toBe(4294967295);
    expect(header.getBoolean('test.bool.true')).toBe(true);
    expect(() => header.getString('test.uint8')).toThrow(/'test.uint8' should be a string but is uint8/);
    expect(() => header.getNumber('test.uint64')).toThrow(/fits a double/);
    expect(header.tensors).toEqual([]);
  });

  it('round-trips F32, F16, Q8_0 and raw-byte tensors at 32-byte alignment', async () => {
    const path = join(dir, 'tensors.gguf');
    const f32 = ramp(3 * 5, 2);
    const f16 = ramp(7, 4);
    const q8 = ramp(64 * 2, 1.5);
    const raw = Uint8Array.from({ length: 144 }, (_, i) => i); // one Q4_K block, written as-is
    await writeGgufFile(path, {
      metadata: { 'general.architecture': { type: 'string', value: 'llama' } },
      tensors: [
        { name: 'a.f32', dims: [3, 5], type: 'F32', data: f32 },
        { name: 'b.f16', dims: [7], type: 'F16', data: f16 },
        {
          name: 'c.q8_0',
          dims: [64, 2],
          type: 'Q8_0',
          data: function* chunks() {
            yield q8.subarray(0, 50);
            yield q8.subarray(50);
          },
        },
        { name: 'd.q4_k', dims: [256], type: 'Q4_K', data: raw },
      ],
    });
    const header = await readGgufHeader(path);
    expect(header.architecture).toBe('llama');
    expect(header.dataOffset % 32).toBe(0);
    expect(header.tensors.map((t) => [t.name, t.dims, t.typeName, t.byteSize])).toEqual([
      ['a.f32', [3, 5], 'F32', 60],
      ['b.f16', [7], 'F16', 14],
      ['c.q8_0', [64, 2], 'Q8_0', 136],
      ['d.q4_k', [256], 'Q4_K', 144],
    ]);
    expect(header.tensors.map((t) => t.offset)).toEqual([0, 64, 96, 256]);
    expect(header.dataEnd).toBe(header.dataOffset + 256 + 144);
    expect(header.fileSize).toBe(header.dataOffset + 416); // last tensor padded to the alignment too

    const [a, b, c, d] = header.tensors;
    expect(decodeTensorBytes('F32', await readTensorBytes(path, header.dataOffset, a!))).toEqual(f32);
    const halfs = decodeTensorBytes('F16', await readTensorBytes(path, header.dataOffset, b!));
    halfs.forEach((value, i) => expect(value).toBeCloseTo(f16[i]!, 2));
    const dequantized = decodeTensorBytes('Q8_0', await readTensorBytes(path, header.dataOffset, c!));
    dequantized.forEach((value, i) => expect(Math.abs(value - q8[i]!)).toBeLessThan(1.5 / 127));
    expect(await readTensorBytes(path, header.dataOffset, d!)).toEqual(raw);
  });

  it('honours a custom general.alignment for the data section and every tensor', async () => {
    const path = join(dir, 'aligned.gguf');
    await writeGgufFile(path, {
      metadata: { 'general.alignment': { type: 'uint32', value: 256 } },
      tensors: [
        { name: 'x', dims: [3], type: 'F32', data: new Float32Array(3) },
        { name: 'y', dims: [5], type: 'F32', data: new Float32Array(5) },
      ],
    });
    const header = await readGgufHeader(path);
    expect(header.alignment).toBe(256);
    expect(header.dataOffset % 256).toBe(0);
    expect(header.tensors.map((t) => t.offset)).toEqual([0, 256]);
  });
});

describe('writeGgufFile validation', () => {
  const write = (name: string, input: Parameters<typeof writeGgufFile>[1]) => writeGgufFile(join(dir, name), input);

  it('rejects values outside their type', async () => {
    await expect(write('bad1.gguf', { metadata: { k: { type: 'uint8', value: 256 } }, tensors: [] })).rejects.toThrow(
      "metadata 'k': 256 is not a valid uint8",
    );
    await expect(
      write('bad2.gguf', { metadata: { k: { type: 'array', itemType: 'int32', value: [1, 2.5] } }, tensors: [] }),
    ).rejects.toThrow("metadata 'k': 2.5 is not a valid int32");
  });

  it('rejects bad tensors: wrong value count, Q8_0 rows not in blocks, duplicates, long names', async () => {
    const f = new Float32Array(4);
    await expect(
      write('t1.gguf', { metadata: {}, tensors: [{ name: 'x', dims: [5], type: 'F32', data: f }] }),
    ).rejects.toThrow("tensor 'x': expected 5 values, got 4");
    await expect(
      write('t2.gguf', {
        metadata: {},
        tensors: [{ name: 'q', dims: [48, 2], type: 'Q8_0', data: new Float32Array(96) }],
      }),
    ).rejects.toThrow('row length 48 is not a multiple of the Q8_0 block size 32');
    await expect(
      write('t3.gguf', {
        metadata: {},
        tensors: [
          { name: 'x', dims: [4], type: 'F32', data: f },
          { name: 'x', dims: [4], type: 'F32', data: f },
        ],
      }),
    ).rejects.toThrow("duplicate tensor name 'x'");
    await expect(
      write('t4.gguf', { metadata: {}, tensors: [{ name: 'n'.repeat(64), dims: [4], type: 'F32', data: f }] }),
    ).rejects.toThrow('must be 1 to 63 bytes');
    await expect(
      write('t5.gguf', {
        metadata: {},
        tensors: [{ name: 'r', dims: [256], type: 'Q4_K', data: new Float32Array(256) }],
      }),
    ).rejects.toThrow('float data can only be written as F32, F16 or Q8_0');
  });

  it('leaves neither the target nor a temp file behind when writing fails', async () => {
    const sub = join(dir, 'failing');
    const generator = function* broken(): Generator<Float32Array> {
      yield new Float32Array(32);
      throw new Error('weights source failed');
    };
    await expect(
      writeGgufFile(join(sub, 'model.gguf'), {
        metadata: {},
        tensors: [{ name: 'w', dims: [32, 4], type: 'F32', data: generator }],
      }),
    ).rejects.toThrow('weights source failed');
    expect(await readdir(sub)).toEqual([]);
  });

  it('streams chunked data without changing the bytes', async () => {
    const values = ramp(32 * 40, 1);
    const whole = join(dir, 'whole.gguf');
    const chunked = join(dir, 'chunked.gguf');
    const tensor = { name: 'w', dims: [32, 40], type: 'Q8_0' as const };
    await writeGgufFile(whole, { metadata: {}, tensors: [{ ...tensor, data: values }] });
    await writeGgufFile(chunked, {
      metadata: {},
      tensors: [
        {
          ...tensor,
          data: function* rows() {
            for (let row = 0; row < 40; row++) yield values.slice(row * 32, row * 32 + 32);
          },
        },
      ],
    });
    expect(await readFile(chunked)).toEqual(await readFile(whole));
  });
});
