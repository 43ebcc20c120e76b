// zstd decoded as a stream: frames told apart at any chunk boundary, the same refusals as the
// one-shot decoder, and the cap enforced while streaming (a bomb never grows past it).
import { randomBytes } from 'node:crypto';
import { constants, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InterchangeFormatError } from '../../../../../main/services/flashcards/interchange';
import { decompressZstd } from '../../../../../main/services/flashcards/interchange/anki/package/zstd';
import {
  inspectZstdFrames,
  ZstdFrameWalker,
} from '../../../../../main/services/flashcards/interchange/anki/package/zstd-frames';
import { decompressZstdStream } from '../../../../../main/services/flashcards/interchange/anki/package/zstd-stream';
import { ankiZstd } from '../../../../fixtures/anki/write-anki-package';

const MIB = 1024 * 1024;
const data = new Uint8Array(Buffer.concat([randomBytes(200_000), Buffer.alloc(300_000, 7)]));
const skippable = Uint8Array.of(0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9);

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function* asAsync(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

async function decode(bytes: Uint8Array, chunkSize: number, cap = 64 * MIB): Promise<Buffer> {
  const out: Uint8Array[] = [];
  for await (const chunk of decompressZstdStream(asAsync(chunksOf(bytes, chunkSize)), cap, 'the data')) {
    out.push(chunk);
  }
  return Buffer.concat(out);
}

async function refusal(bytes: Uint8Array, chunkSize: number, cap = 64 * MIB): Promise<string> {
  const error = await decode(bytes, chunkSize, cap).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterchangeFormatError);
  return (error as Error).message;
}

describe('ZstdFrameWalker fed chunk by chunk', () => {
  const frames = Buffer.concat([
    ankiZstd(data),
    skippable,
    zstdCompressSync(data.subarray(0, 1000), { params: { [constants.ZSTD_c_checksumFlag]: 1 } }),
  ]);

  it.each([1, 3, 4096, frames.length])('finds the same frames with %i-byte chunks', (size) => {
    const walker = new ZstdFrameWalker();
    const segments = [...chunksOf(frames, size)].flatMap((chunk) => walker.push(chunk));
    walker.end();
    expect(walker.frames).toEqual(inspectZstdFrames(frames));
    // The segments are exactly the data frames' bytes (the skippable frame is left out), split where frames end.
    const wanted = walker.frames.map((f) => frames.subarray(f.start, f.end));
    const got: Buffer[] = [];
    let current: Uint8Array[] = [];
    for (const segment of segments) {
      current.push(segment.bytes);
      if (segment.ends) {
        got.push(Buffer.concat(current));
        current = [];
      }
    }
    expect(got).toEqual(wanted.map((w) => Buffer.from(w)));
    expect(segments.filter((s) => s.starts !== undefined).map((s) => s.starts?.declaredSize)).toEqual([
      undefined,
      1000,
    ]);
  });
});

describe('decompressZstdStream', () => {
  it.each([37, 65_536])('decodes several frames (Node stops after one) in %i-byte chunks', async (size) => {
    const two = Buffer.concat([ankiZstd(data), skippable, ankiZstd(data.subarray(0, 5000))]);
    const expected = Buffer.concat([data, data.subarray(0, 5000)]);
    expect((await decode(two, size)).equals(expected)).toBe(true);
    expect(Buffer.from(decompressZstd(two, 64 * MIB, 'the data')).equals(expected)).toBe(true);
  });

  it('refuses garbage, a cut-off frame and an empty input with the one-shot messages', async () => {
    const frame = ankiZstd(data);
    expect(await refusal(new Uint8Array(Buffer.from('SQLite format 3\0')), 4)).toBe(
      'the data is not valid zstd data: no zstd frame starts at byte 0',
    );
    expect(await refusal(frame.subarray(0, frame.length - 20), 1000)).toBe(
      'the data is not valid zstd data: it is truncated (in a block)',
    );
    expect(await refusal(Buffer.concat([frame, Buffer.from('junk')]), 1000)).toBe(
      `the data is not valid zstd data: no zstd frame starts at byte ${frame.length}`,
    );
    expect(await refusal(skippable, 5)).toBe('the data is not valid zstd data: it holds no zstd frame');
  });

  it('refuses a corrupt block body (checksummed frame with a flipped byte)', async () => {
    const frame = Buffer.from(zstdCompressSync(data, { params: { [constants.ZSTD_c_checksumFlag]: 1 } }));
    frame.writeUInt8(frame.readUInt8(frame.length - 100) ^ 0xff, frame.length - 100);
    expect(await refusal(frame, 4096)).toMatch(/^the data is not valid zstd data: /);
  });

  it('stops a bomb at the cap while streaming, and refuses a declared size over the cap before decoding', async () => {
    const bomb = ankiZstd(new Uint8Array(256 * MIB));
    expect(bomb.length).toBeLessThan(20_000);
    let seen = 0;
    const stream = decompressZstdStream(asAsync(chunksOf(bomb, 4096)), MIB, 'the bomb', (chunk) => {
      seen += chunk.byteLength;
    });
    await expect(
      (async () => {
        for await (const _chunk of stream);
      })(),
    ).rejects.toThrow('the bomb would decompress to more than 1 MiB; refusing to open it');
    // Stopped at the cap: it never passed on more than the cap (and never the 256 MiB).
    expect(seen).toBeLessThanOrEqual(MIB);
    const declared = zstdCompressSync(new Uint8Array(2 * MIB));
    let produced = 0;
    const refused = decompressZstdStream(asAsync([declared]), MIB, 'the data', (c) => (produced += c.byteLength));
    await expect(refused.next()).rejects.toThrow('would decompress to more than 1 MiB');
    expect(produced).toBe(0);
  });

  it('lets the caller stop the stream from onChunk (a wider budget)', async () => {
    const stream = decompressZstdStream(asAsync([ankiZstd(data)]), 64 * MIB, 'the data', () => {
      throw new InterchangeFormatError('over budget');
    });
    await expect(stream.next()).rejects.toThrow('over budget');
  });
});
