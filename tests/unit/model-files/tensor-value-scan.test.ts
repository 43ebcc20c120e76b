// The NaN/Inf scan: every scannable type, chunk boundaries, sample limits, and types it skips.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufHeader, writeGgufFile, type GgufTensorInput } from '../../../main/services/gguf';
import { findNonFiniteValue } from '../../../main/services/model/tensor-value-scan';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-scan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function scan(tensors: GgufTensorInput[], maxBytes?: number) {
  const path = join(dir, `t${++counter}.gguf`);
  await writeGgufFile(path, { metadata: { 'general.architecture': { type: 'string', value: 'llama' } }, tensors });
  const header = await readGgufHeader(path);
  return findNonFiniteValue(
    path,
    header,
    header.tensors.map((tensor) => ({ tensor, maxBytes })),
  );
}

function values(count: number, bad?: { at: number; value: number }): Float32Array {
  const out = new Float32Array(count).map((_, i) => Math.sin(i));
  if (bad) out[bad.at] = bad.value;
  return out;
}

describe('findNonFiniteValue', () => {
  it('finds nothing in finite data', async () => {
    expect(await scan([{ name: 'a', dims: [64, 4], type: 'F32', data: values(256) }])).toBeNull();
  });

  it('finds NaN and infinities in F32, F16 and Q8_0, naming tensor and element', async () => {
    const ok = { name: 'ok', dims: [64], type: 'F32' as const, data: values(64) };
    expect(
      await scan([ok, { name: 'f32', dims: [64, 2], type: 'F32', data: values(128, { at: 77, value: NaN }) }]),
    ).toEqual({ tensor: 'f32', index: 77, value: NaN });
    expect(
      await scan([{ name: 'f16', dims: [64], type: 'F16', data: values(64, { at: 5, value: -Infinity }) }]),
    ).toEqual({
      tensor: 'f16',
      index: 5,
      value: -Infinity,
    });
    // Q8_0 stores one f16 scale per 32 values; an infinite input makes the block's scale infinite.
    const found = await scan([
      { name: 'q8', dims: [64, 2], type: 'Q8_0', data: values(128, { at: 70, value: Infinity }) },
    ]);
    expect(found).toMatchObject({ tensor: 'q8', index: 64 });
  });

  it('reads BF16 bit patterns', async () => {
    const bytes = new Uint8Array(64 * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(2 * 9, 0x7fc0, true); // NaN
    expect(await scan([{ name: 'bf', dims: [64], type: 'BF16', data: bytes }])).toEqual({
      tensor: 'bf',
      index: 9,
      value: NaN,
    });
  });

  it('finds a value past the first read chunk', async () => {
    const count = 300_000; // 1.2 MB of F32: more than one 1 MiB chunk
    expect(
      await scan([{ name: 'big', dims: [1000, 300], type: 'F32', data: values(count, { at: 299_999, value: NaN }) }]),
    ).toMatchObject({ tensor: 'big', index: 299_999 });
  });

  it('stops at maxBytes when sampling', async () => {
    const tensor = { name: 'late', dims: [64, 4], type: 'F32' as const, data: values(256, { at: 200, value: NaN }) };
    expect(await scan([tensor], 512)).toBeNull();
    expect(await scan([tensor], 1024)).toMatchObject({ index: 200 });
  });

  it('skips types it cannot decode', async () => {
    expect(await scan([{ name: 'q4', dims: [32], type: 'Q4_0', data: new Uint8Array(18).fill(0xff) }])).toBeNull();
  });
});
