// zstd frames are walked before decoding: truncation, garbage and declared or actual sizes over a cap are refused.
import { constants, zstdCompressSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InterchangeFormatError } from '../../../../../main/services/flashcards/interchange';
import { decompressZstd } from '../../../../../main/services/flashcards/interchange/anki/package/zstd';
import { inspectZstdFrames } from '../../../../../main/services/flashcards/interchange/anki/package/zstd-frames';
import { ankiZstd } from '../../../../fixtures/anki/write-anki-package';

const MIB = 1024 * 1024;
const data = new Uint8Array(Buffer.concat([randomBytes(200_000), Buffer.alloc(300_000, 7)]));

describe('inspectZstdFrames', () => {
  it('finds each frame and its declared size (absent in streamed frames, as Anki writes them)', () => {
    const declared = new Uint8Array(zstdCompressSync(data));
    expect(inspectZstdFrames(declared)).toEqual([{ start: 0, end: declared.length, declaredSize: data.length }]);
    const streamed = ankiZstd(data);
    expect(inspectZstdFrames(streamed)).toEqual([{ start: 0, end: streamed.length, declaredSize: undefined }]);
  });

  it('steps over skippable frames and checksums', () => {
    const skippable = Uint8Array.of(0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9);
    const checked = zstdCompressSync(data, { params: { [constants.ZSTD_c_checksumFlag]: 1 } });
    expect(inspectZstdFrames(Buffer.concat([skippable, checked]))).toHaveLength(1);
  });

  it.each([1, 4, 1000])('refuses a frame cut %i bytes short', (cut) => {
    const frame = ankiZstd(data);
    expect(() => inspectZstdFrames(frame.subarray(0, frame.length - cut))).toThrow(/truncated/);
  });

  it('refuses empty input, garbage and reserved bits', () => {
    expect(() => inspectZstdFrames(new Uint8Array(0))).toThrow(/empty/);
    expect(() => inspectZstdFrames(Buffer.from('SQLite format 3\0'))).toThrow(/no zstd frame starts at byte 0/);
    const reserved = Buffer.from(ankiZstd(data));
    reserved[4] = (reserved[4] ?? 0) | 0x08;
    expect(() => inspectZstdFrames(reserved)).toThrow(/reserved bit/);
  });
});

describe('decompressZstd', () => {
  it('round-trips one or several frames', () => {
    expect(Buffer.from(decompressZstd(ankiZstd(data), MIB, 'x')).equals(Buffer.from(data))).toBe(true);
    const two = Buffer.concat([ankiZstd(data), zstdCompressSync(Buffer.from('tail'))]);
    expect(
      Buffer.from(decompressZstd(two, MIB, 'x'))
        .subarray(data.length)
        .toString(),
    ).toBe('tail');
  });

  it('refuses a bomb by its declared size before decoding, and a streamed one while decoding', () => {
    const zeros = new Uint8Array(64 * MIB);
    const declared = new Uint8Array(zstdCompressSync(zeros));
    const streamed = ankiZstd(zeros);
    expect(streamed.length).toBeLessThan(10_000);
    for (const bomb of [declared, streamed]) {
      expect(() => decompressZstd(bomb, MIB, 'collection.anki21b')).toThrow(
        /^collection\.anki21b would decompress to more than 1 MiB; refusing to open it$/,
      );
    }
  });

  it('says what is wrong with damaged data, as an InterchangeFormatError', () => {
    const frame = Buffer.from(ankiZstd(data));
    expect(() => decompressZstd(frame.subarray(0, 100), MIB, 'Media file "a.png"')).toThrow(
      /^Media file "a\.png" is not valid zstd data: it is truncated/,
    );
    // A block header claiming the reserved type (3).
    const badBlock = Buffer.from(frame);
    const headerAt = 4 + 1 + 1; // magic, descriptor, window byte (no content size, no dictionary)
    badBlock[headerAt] = (badBlock[headerAt] ?? 0) | 0x06;
    expect(() => decompressZstd(badBlock, MIB, 'x')).toThrow(InterchangeFormatError);
    expect(() => decompressZstd(badBlock, MIB, 'x')).toThrow(/not valid zstd data/);
  });
});
