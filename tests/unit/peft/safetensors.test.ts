// The safetensors reader: F32/F16/BF16 values round-trip, and every kind of broken file gets a clear error.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeftConversionError } from '../../../main/services/peft';
import { SafetensorsFile } from '../../../main/services/peft/safetensors-file';
import { encodeSafetensors, roundThrough } from '../../fixtures/hf/safetensors-writer';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mea-safetensors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function fileWith(bytes: Uint8Array): string {
  const path = join(dir, `f${counter++}.safetensors`);
  writeFileSync(path, bytes);
  return path;
}

/** A file whose JSON header is `header` (no validation), followed by `dataBytes` zero bytes. */
function rawFile(header: unknown, dataBytes = 0): string {
  const json =
    header instanceof Uint8Array
      ? header
      : new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const bytes = new Uint8Array(8 + json.length + dataBytes);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(json.length), true);
  bytes.set(json, 8);
  return fileWith(bytes);
}

function openError(path: string): PeftConversionError {
  try {
    SafetensorsFile.open(path, 'adapter_model.safetensors').close();
  } catch (error) {
    expect(error).toBeInstanceOf(PeftConversionError);
    return error as PeftConversionError;
  }
  throw new Error('expected the file to be refused');
}

const values = Float32Array.from([0, 1, -2.5, 3.14159, 1e-3, -65504, 1e-8, 0.1]);

describe('SafetensorsFile', () => {
  it('reads F32, F16 and BF16 tensors as float32 with their shapes and metadata', () => {
    const path = fileWith(
      encodeSafetensors([
        { name: 'a', shape: [2, 4], data: values },
        { name: 'h', shape: [8], data: values, dtype: 'F16' },
        { name: 'b', shape: [4, 2], data: values, dtype: 'BF16' },
      ]),
    );
    const file = SafetensorsFile.open(path);
    try {
      expect([...file.tensors.keys()]).toEqual(['a', 'h', 'b']);
      expect(file.tensors.get('b')?.shape).toEqual([4, 2]);
      expect(file.header.metadata).toEqual({ format: 'pt' });
      expect(file.readFloat32('a')).toEqual(values);
      expect(file.readFloat32('h')).toEqual(roundThrough('F16', values));
      expect(file.readFloat32('b')).toEqual(roundThrough('BF16', values));
      // BF16 keeps float32's range and 8 bits of mantissa: 3.14159 → 3.140625.
      expect(file.readFloat32('b')[3]).toBe(3.140625);
    } finally {
      file.close();
    }
  });

  it('refuses to decode integer tensors, naming the dtype', () => {
    const path = rawFile({ q: { dtype: 'I8', shape: [4], data_offsets: [0, 4] } }, 4);
    const file = SafetensorsFile.open(path, 'adapter_model.safetensors');
    try {
      expect(() => file.readFloat32('q')).toThrow(/tensor "q" is I8; only F32, F16 and BF16/);
    } finally {
      file.close();
    }
  });

  const broken: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.safetensors'), /was not found/],
    ['an empty file', () => fileWith(new Uint8Array(0)), /too small to be a safetensors file \(0 bytes\)/],
    ['a 5-byte file', () => fileWith(new Uint8Array(5)), /too small/],
    [
      'a header length above 100 MB',
      () => {
        const bytes = new Uint8Array(16);
        new DataView(bytes.buffer).setBigUint64(0, 0xffffffffffn, true);
        return fileWith(bytes);
      },
      /above the 100 MB limit/,
    ],
    [
      'a header longer than the file',
      () => {
        const bytes = new Uint8Array(20);
        new DataView(bytes.buffer).setBigUint64(0, 500n, true);
        return fileWith(bytes);
      },
      /truncated: its header needs 508 bytes but the file has 20/,
    ],
    ['a header that is not JSON', () => rawFile('{"a": [1, 2'), /not valid JSON/],
    ['a header that is a JSON array', () => rawFile('[1, 2, 3]'), /not a JSON object/],
    ['a header that is not UTF-8', () => rawFile(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])), /not UTF-8 text/],
    [
      'an unknown dtype',
      () => rawFile({ t: { dtype: 'F7', shape: [1], data_offsets: [0, 1] } }, 1),
      /unknown dtype "F7"/,
    ],
    [
      'a negative dimension',
      () => rawFile({ t: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, 4),
      /invalid shape/,
    ],
    [
      'offsets that disagree with dtype and shape',
      () => rawFile({ t: { dtype: 'F32', shape: [2, 3], data_offsets: [0, 20] } }, 20),
      /F32 \[2, 3\] = 24 bytes, but its data_offsets span 20/,
    ],
    [
      'a tensor past the end of the data (truncated file)',
      () => rawFile({ t: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }, 8),
      /truncated: tensor "t" ends at data byte 16 but the data section has 8/,
    ],
    [
      'overlapping tensors',
      () =>
        rawFile(
          {
            x: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
            y: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
          },
          12,
        ),
      /tensors "x" and "y" overlap/,
    ],
    [
      'offsets that end before they start',
      () => rawFile({ t: { dtype: 'F32', shape: [0], data_offsets: [8, 4] } }, 8),
      /end before they start/,
    ],
    ['a __metadata__ with non-string values', () => rawFile({ __metadata__: { format: 1 } }), /must be a string/],
  ];

  for (const [what, make, message] of broken) {
    it(`refuses ${what} with a clear message`, () => {
      const error = openError(make());
      expect(error.message).toMatch(message);
      expect(error.message.split('\n')).toHaveLength(1);
    });
  }

  it('refuses a folder given as the file', () => {
    expect(openError(dir).message).toMatch(/is a folder|not a regular file/);
  });
});
