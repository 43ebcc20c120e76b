// The reader's defences: clear GgufFormatErrors for missing, empty, foreign, truncated, corrupt and hostile files.

import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteBuilder } from '../../../main/services/gguf/byte-builder';
import {
  GgufFormatError,
  parseGgufHeader,
  readGgufHeader,
  writeGgufFile,
  type GgufFormatErrorCode,
} from '../../../main/services/gguf';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gguf-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Builds a raw GGUF prefix: magic, version, counts, then whatever `body` appends. */
function rawGguf(
  counts: { version?: number; tensors?: bigint; kvs?: bigint },
  body: (out: ByteBuilder) => void = () => undefined,
): Uint8Array {
  const out = new ByteBuilder();
  out.raw(new TextEncoder().encode('GGUF'));
  out.u32(counts.version ?? 3);
  out.u64(counts.tensors ?? 0n);
  out.u64(counts.kvs ?? 0n);
  body(out);
  return out.bytes().slice();
}

function parseError(bytes: Uint8Array): GgufFormatError {
  try {
    parseGgufHeader(bytes, bytes.length);
  } catch (error) {
    if (error instanceof GgufFormatError) return error;
    throw error;
  }
  throw new Error('expected the header to be rejected');
}

function expectParseError(bytes: Uint8Array, code: GgufFormatErrorCode, message: string | RegExp): void {
  const error = parseError(bytes);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

async function expectFileError(path: string, code: GgufFormatErrorCode, message: string | RegExp): Promise<void> {
  const error = await readGgufHeader(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GgufFormatError);
  expect((error as GgufFormatError).code).toBe(code);
  expect((error as GgufFormatError).message).toMatch(message);
  expect((error as GgufFormatError).message.startsWith(`${path}: `)).toBe(true);
}

async function writeSmallModel(name: string): Promise<string> {
  const path = join(dir, name);
  await writeGgufFile(path, {
    metadata: { 'general.architecture': { type: 'string', value: 'llama' } },
    tensors: [
      { name: 'a', dims: [64, 4], type: 'F32', data: new Float32Array(256) },
      { name: 'b', dims: [64, 4], type: 'Q8_0', data: new Float32Array(256) },
    ],
  });
  return path;
}

describe('readGgufHeader file problems', () => {
  it('names a missing file', async () => {
    await expectFileError(join(dir, 'nope.gguf'), 'not-found', /: file not found$/);
  });

  it('rejects a directory', async () => {
    await expectFileError(dir, 'not-a-file', /not a regular file/);
  });

  it('rejects an empty file', async () => {
    const path = join(dir, 'empty.gguf');
    await writeFile(path, '');
    await expectFileError(path, 'empty', /empty file \(0 bytes\)/);
  });

  it('rejects a non-GGUF file by its magic', async () => {
    const path = join(dir, 'page.gguf');
    await writeFile(path, '<!DOCTYPE html><html>Not found</html>');
    await expectFileError(path, 'bad-magic', 'not a GGUF file (bad magic: expected "GGUF", found "<!DO")');
  });

  it('reports a file truncated inside the header', async () => {
    const path = await writeSmallModel('cut-header.gguf');
    const { dataOffset } = await readGgufHeader(path);
    await truncate(path, Math.floor(dataOffset / 2));
    await expectFileError(
      path,
      'truncated',
      /file is truncated: the header's .* needs bytes up to \d+ but the file is \d+ bytes/,
    );
  });

  it('reports a file truncated inside the tensor data', async () => {
    const path = await writeSmallModel('cut-data.gguf');
    const { dataEnd } = await readGgufHeader(path);
    await truncate(path, dataEnd - 1);
    await expectFileError(
      path,
      'truncated',
      `file is truncated: tensor data ends at byte ${dataEnd} but the file is ${dataEnd - 1} bytes`,
    );
  });

  it('accepts a file cut right after the last tensor (padding is optional)', async () => {
    const path = await writeSmallModel('no-padding.gguf');
    const { dataEnd } = await readGgufHeader(path);
    await truncate(path, dataEnd);
    expect((await readGgufHeader(path)).tensors).toHaveLength(2);
  });

  it('re-reads in larger pieces when the header exceeds the first read, with the same result', async () => {
    const path = join(dir, 'big-header.gguf');
    const tokens = Array.from({ length: 5000 }, (_, i) => `token-${i}`);
    await writeGgufFile(path, {
      metadata: { 'tokenizer.ggml.tokens': { type: 'array', itemType: 'string', value: tokens } },
      tensors: [{ name: 'w', dims: [8], type: 'F32', data: new Float32Array(8) }],
    });
    const small = await readGgufHeader(path, { initialReadBytes: 16 });
    const normal = await readGgufHeader(path);
    expect(small.metadata).toEqual(normal.metadata);
    expect(small.tensors).toEqual(normal.tensors);
    await expect(readGgufHeader(path, { limits: { maxHeaderBytes: 1000 } })).rejects.toThrow(
      /GGUF header is larger than the 1000-byte limit/,
    );
  });
});

describe('parseGgufHeader format checks', () => {
  it('tells a too-short GGUF prefix from a foreign file', () => {
    expectParseError(new TextEncoder().encode('GG'), 'truncated', /only 2 bytes/);
    expectParseError(Uint8Array.of(0x00, 0x01, 0xff), 'bad-magic', 'found 0x00 0x01 0xff');
  });

  it('rejects unsupported versions, hinting at big-endian files', () => {
    expectParseError(
      rawGguf({ version: 1 }),
      'unsupported-version',
      'unsupported GGUF version 1; supported versions: 2, 3',
    );
    expectParseError(rawGguf({ version: 4 }), 'unsupported-version', /version 4;/);
    expectParseError(
      rawGguf({ version: 0x03000000 }),
      'unsupported-version',
      /big-endian GGUF files are not supported/,
    );
    expect(parseGgufHeader(rawGguf({ version: 2 }), 28).version).toBe(2);
  });

  it('fails fast on absurd counts and lengths without allocating for them', () => {
    const started = performance.now();
    expectParseError(
      rawGguf({ tensors: 2n ** 63n }),
      'limit-exceeded',
      /tensor count 9223372036854775808 exceeds the limit of 100000/,
    );
    expectParseError(
      rawGguf({ kvs: 10n ** 9n }),
      'limit-exceeded',
      /metadata entry count 1000000000 exceeds the limit/,
    );
    expectParseError(
      rawGguf({ kvs: 1n }, (out) => out.u64(2n ** 40n)),
      'limit-exceeded',
      /byte length of metadata key 1099511627776 exceeds the limit of 65536/,
    );
    expectParseError(
      rawGguf({ kvs: 1n }, (out) => {
        out.string('k');
        out.u32(8);
        out.u64(2n ** 62n);
      }),
      'limit-exceeded',
      /byte length of value of 'k' \d+ exceeds the limit of 67108864/,
    );
    expectParseError(
      rawGguf({ kvs: 1n }, (out) => {
        out.string('k');
        out.u32(9);
        out.u32(10);
        out.u64(2n ** 40n);
      }),
      'limit-exceeded',
      /length of array 'k' 1099511627776 exceeds the limit/,
    );
    // Within the count limit but impossible for the file size: rejected before the array exists.
    expectParseError(
      rawGguf({ kvs: 1n }, (out) => {
        out.string('k');
        out.u32(9);
        out.u32(8);
        out.u64(16_000_000n);
      }),
      'truncated',
      /array 'k' of 16000000 string items need at least 128000000 bytes/,
    );
    expectParseError(
      rawGguf({ kvs: 1n }, (out) => {
        out.string('k');
        out.u32(8);
        out.u64(60_000_000n);
      }),
      'truncated',
      /value of 'k' needs bytes up to/,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('rejects malformed metadata', () => {
    /** One metadata entry: key, value type code, then the raw value bytes. */
    type Entry = [key: string, typeCode: number, writeValue: (out: ByteBuilder) => void];
    const metadata = (...entries: Entry[]) =>
      rawGguf({ kvs: BigInt(entries.length) }, (out) => {
        for (const [key, typeCode, writeValue] of entries) {
          out.string(key);
          out.u32(typeCode);
          writeValue(out);
        }
      });
    const byte = (value: number) => (out: ByteBuilder) => out.u8(value);
    expectParseError(metadata(['k', 13, () => undefined]), 'invalid', "metadata 'k' has unknown value type 13");
    expectParseError(metadata(['k', 9, (out) => out.u32(9)]), 'invalid', /nested array/);
    expectParseError(metadata(['k', 7, byte(2)]), 'invalid', "metadata 'k' has bool value 2");
    expectParseError(metadata(['', 0, byte(0)]), 'invalid', /empty key/);
    expectParseError(metadata(['dup', 0, byte(1)], ['dup', 0, byte(1)]), 'invalid', "duplicate metadata key 'dup'");
    expectParseError(
      metadata(['general.alignment', 4, (out) => out.u32(24)]),
      'invalid',
      'general.alignment must be a power of two, got 24',
    );
    expectParseError(
      metadata(['general.alignment', 5, (out) => out.i32(32)]),
      'invalid',
      'general.alignment must be uint32, got int32',
    );
  });

  it('rejects malformed tensor infos', () => {
    const tensor = (name: string, dims: bigint[], type: number, offset: bigint) => (out: ByteBuilder) => {
      out.string(name);
      out.u32(dims.length);
      for (const dim of dims) out.i64(dim);
      out.u32(type);
      out.u64(offset);
    };
    const file = (...tensors: ((out: ByteBuilder) => void)[]) => {
      const bytes = rawGguf({ tensors: BigInt(tensors.length) }, (out) => tensors.forEach((write) => write(out)));
      const padded = new Uint8Array(bytes.length + 4096); // room for the tensor data
      padded.set(bytes);
      return padded;
    };
    expectParseError(file(tensor('t', [1n, 1n, 1n, 1n, 1n], 0, 0n)), 'invalid', "tensor 't' has 5 dimensions (max 4)");
    expectParseError(file(tensor('t', [-4n], 0, 0n)), 'invalid', "tensor 't' has dimension -4");
    expectParseError(file(tensor('t', [4n], 99, 0n)), 'invalid', "tensor 't' has unknown type 99");
    expectParseError(
      file(tensor('t', [48n], 8, 0n)),
      'invalid',
      'row length 48 is not a multiple of the Q8_0 block size 32',
    );
    expectParseError(file(tensor('t', [4n], 0, 16n)), 'invalid', "tensor 't' has data offset 16, expected 0");
    expectParseError(
      file(tensor('a', [3n], 0, 0n), tensor('b', [3n], 0, 12n)),
      'invalid',
      "tensor 'b' has data offset 12, expected 32",
    );
    expectParseError(file(tensor('a', [3n], 0, 0n), tensor('a', [3n], 0, 32n)), 'invalid', "duplicate tensor name 'a'");
    expectParseError(
      file(tensor('n'.repeat(64), [3n], 0, 0n)),
      'limit-exceeded',
      /name of tensor 0 64 exceeds the limit of 63/,
    );
    const ok = parseGgufHeader(file(tensor('a', [3n], 0, 0n), tensor('b', [3n], 0, 32n)), 4096 + 100);
    expect(ok.tensors.map((t) => [t.name, t.offset])).toEqual([
      ['a', 0],
      ['b', 32],
    ]);
  });
});
