// The zip reader trusts nothing it has not checked: caps before and while inflating, CRC and size after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { InterchangeFormatError } from '../../../../../main/services/flashcards/interchange';
import { ZipDirectory } from '../../../../../main/services/flashcards/interchange/anki/package/zip-directory';

const MIB = 1024 * 1024;
const LABEL = 'This package';

/** Offset of the central directory record of `name`. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let pos = 0; pos + 46 < zip.length; pos += 1) {
    if (view.getUint32(pos, true) !== 0x02014b50) continue;
    const length = view.getUint16(pos + 28, true);
    if (Buffer.from(zip.subarray(pos + 46, pos + 46 + length)).toString() === name) return pos;
  }
  throw new Error(`no central record for ${name}`);
}

function patched(zip: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
  const copy = new Uint8Array(zip);
  patch(new DataView(copy.buffer), centralRecord(copy, name));
  return copy;
}

/** A one-entry stored archive in zip64 form (every size and offset in zip64 records), built by hand. */
function zip64Archive(name: string, data: Uint8Array): Uint8Array {
  const parts: Buffer[] = [];
  const u16 = (v: number) => Buffer.from(Uint16Array.of(v).buffer);
  const u32 = (v: number) => Buffer.from(Uint32Array.of(v).buffer);
  const u64 = (v: number) => Buffer.from(BigUint64Array.of(BigInt(v)).buffer);
  const fileName = Buffer.from(name);
  const crc = crc32(data) >>> 0;
  const local = [u32(0x04034b50), u16(45), u16(0), u16(0), u32(0), u32(crc), u32(0xffffffff), u32(0xffffffff)];
  parts.push(...local, u16(fileName.length), u16(20), fileName, u16(1), u16(16), u64(data.length), u64(data.length));
  parts.push(Buffer.from(data));
  const centralAt = parts.reduce((sum, p) => sum + p.length, 0);
  const central = [u32(0x02014b50), u16(45), u16(45), u16(0), u16(0), u32(0), u32(crc), u32(0xffffffff)];
  parts.push(...central, u32(0xffffffff), u16(fileName.length), u16(28), u16(0), u16(0), u16(0), u32(0));
  parts.push(u32(0xffffffff), fileName, u16(1), u16(24), u64(data.length), u64(data.length), u64(0));
  const recordAt = parts.reduce((sum, p) => sum + p.length, 0);
  const centralSize = recordAt - centralAt;
  parts.push(u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(1), u64(1));
  parts.push(u64(centralSize), u64(centralAt));
  parts.push(u32(0x07064b50), u32(0), u64(recordAt), u32(1));
  parts.push(u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0));
  return new Uint8Array(Buffer.concat(parts));
}

function formatError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeFormatError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('ZipDirectory', () => {
  const text = strToU8('medical '.repeat(1000));
  const zip = zipSync({ deflated: [text, { level: 9 }], stored: [Uint8Array.of(1, 2, 3), { level: 0 }] });

  it('lists entries and reads stored and deflated ones', () => {
    const dir = ZipDirectory.open(zip, 10, LABEL);
    expect(dir.names().sort()).toEqual(['deflated', 'stored']);
    expect(dir.declaredSize('deflated')).toBe(text.length);
    expect(Buffer.from(dir.read('deflated', MIB)).equals(Buffer.from(text))).toBe(true);
    expect([...dir.read('stored', MIB)]).toEqual([1, 2, 3]);
    expect(formatError(() => dir.read('missing', MIB))).toBe('This package has no entry "missing"');
  });

  it('refuses what is not a zip, and too many entries', () => {
    expect(formatError(() => ZipDirectory.open(strToU8('front,back\n'), 10, LABEL))).toMatch(
      /^This package is not a valid zip archive \(/,
    );
    expect(formatError(() => ZipDirectory.open(zip, 1, LABEL))).toBe(
      'This package has more than 1 entries; refusing to open it',
    );
  });

  it('refuses an entry whose declared size is over the cap, before inflating', () => {
    expect(formatError(() => ZipDirectory.open(zip, 10, LABEL).read('deflated', 1000))).toBe(
      'This package: "deflated" would unpack to more than 1000 bytes; refusing to open it',
    );
  });

  it('stops inflating at the cap when the directory lies about the size (zip bomb)', () => {
    const bomb = zipSync({ bomb: [new Uint8Array(16 * MIB), { level: 9 }] });
    const lying = patched(bomb, 'bomb', (view, at) => view.setUint32(at + 24, 100, true));
    expect(formatError(() => ZipDirectory.open(lying, 10, LABEL).read('bomb', MIB))).toBe(
      'This package: "bomb" would unpack to more than 1 MiB; refusing to open it',
    );
  });

  it('refuses damaged entries: wrong CRC, unknown method, encryption, data past the end', () => {
    const badCrc = patched(zip, 'stored', (view, at) => view.setUint32(at + 16, 12345, true));
    expect(formatError(() => ZipDirectory.open(badCrc, 10, LABEL).read('stored', MIB))).toMatch(
      /"stored" is damaged \(its size or checksum does not match\)/,
    );
    const bzip2 = patched(zip, 'stored', (view, at) => view.setUint16(at + 10, 12, true));
    expect(formatError(() => ZipDirectory.open(bzip2, 10, LABEL).read('stored', MIB))).toMatch(
      /uses zip compression method 12, which this app cannot read/,
    );
    const encrypted = patched(zip, 'stored', (view, at) => view.setUint16(at + 8, 1, true));
    expect(formatError(() => ZipDirectory.open(encrypted, 10, LABEL).read('stored', MIB))).toMatch(/is encrypted/);
    const pastEnd = patched(zip, 'deflated', (view, at) => view.setUint32(at + 20, 10 * MIB, true));
    expect(formatError(() => ZipDirectory.open(pastEnd, 10, LABEL).read('deflated', MIB))).toMatch(
      /"deflated" is cut short/,
    );
  });

  it('refuses an archive naming the same entry twice', () => {
    const two = zipSync({ meta1: strToU8('a'), meta2: strToU8('b') });
    const same = patched(two, 'meta2', (view, at) => view.setUint8(at + 46 + 4, '1'.charCodeAt(0)));
    expect(formatError(() => ZipDirectory.open(same, 10, LABEL))).toBe(
      'This package lists the entry "meta1" twice; refusing to guess which one',
    );
  });

  it('reads zip64 archives (more than 65535 entries or 4 GiB make Anki write them)', () => {
    const dir = ZipDirectory.open(zip64Archive('collection.anki21b', strToU8('zip64 payload')), 10, LABEL);
    expect(dir.names()).toEqual(['collection.anki21b']);
    expect(Buffer.from(dir.read('collection.anki21b', MIB)).toString()).toBe('zip64 payload');
  });
});

describe('ZipDirectory from a file, read and streamed', () => {
  const text = strToU8('medical '.repeat(100_000));
  const zip = zipSync({ deflated: [text, { level: 9 }], stored: [Uint8Array.of(1, 2, 3), { level: 0 }] });
  const folder = mkdtempSync(join(tmpdir(), 'zip-dir-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (bytes: Uint8Array) => {
    const path = join(folder, `${Math.random().toString(36).slice(2)}.zip`);
    writeFileSync(path, bytes);
    return path;
  };
  const streamed = async (dir: ZipDirectory, name: string, cap: number) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of dir.stream(name, cap)) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  const streamError = (dir: ZipDirectory, name: string, cap: number) =>
    streamed(dir, name, cap).then(
      () => 'the stream succeeded',
      (error: unknown) => (error as Error).message,
    );

  it('gives the same bytes from a file as from memory, by read() and by stream()', async () => {
    const dir = ZipDirectory.openFile(file(zip), 10, LABEL);
    expect(dir.names().sort()).toEqual(['deflated', 'stored']);
    expect(Buffer.from(dir.read('deflated', MIB)).equals(Buffer.from(text))).toBe(true);
    expect((await streamed(dir, 'deflated', MIB)).equals(Buffer.from(text))).toBe(true);
    expect([...(await streamed(dir, 'stored', MIB))]).toEqual([1, 2, 3]);
  });

  it('stops streaming a lying deflate bomb at the cap, and checks the CRC when the stream ends', async () => {
    const bomb = zipSync({ bomb: [new Uint8Array(16 * MIB), { level: 9 }] });
    const lying = patched(bomb, 'bomb', (view, at) => view.setUint32(at + 24, 100, true));
    expect(await streamError(ZipDirectory.openFile(file(lying), 10, LABEL), 'bomb', MIB)).toBe(
      'This package: "bomb" would unpack to more than 1 MiB; refusing to open it',
    );
    const badCrc = patched(zip, 'deflated', (view, at) => view.setUint32(at + 16, 12345, true));
    expect(await streamError(ZipDirectory.openFile(file(badCrc), 10, LABEL), 'deflated', MIB)).toBe(
      'This package: "deflated" is damaged (its size or checksum does not match)',
    );
  });

  it('refuses stored bytes that cannot be the entry before reading them', async () => {
    const stored = patched(zip, 'stored', (view, at) => view.setUint32(at + 20, 2, true));
    const dir = ZipDirectory.openFile(file(stored), 10, LABEL);
    expect(formatError(() => dir.read('stored', MIB))).toMatch(/"stored" is damaged/);
    // A 3-byte entry claiming 5000 stored bytes: no deflate stream of at most 1000 bytes is that long,
    // so the bytes are not even read (inflating them would stop after the stream and pass).
    const padded = zipSync({ small: [strToU8('abc'), { level: 9 }], padding: [new Uint8Array(20_000), { level: 0 }] });
    const huge = patched(padded, 'small', (view, at) => view.setUint32(at + 20, 5000, true));
    expect(formatError(() => ZipDirectory.open(huge, 10, LABEL).read('small', 1000))).toBe(
      'This package: "small" would unpack to more than 1000 bytes; refusing to open it',
    );
    expect(Buffer.from(ZipDirectory.open(padded, 10, LABEL).read('small', 1000)).toString()).toBe('abc');
    expect(await streamError(dir, 'stored', MIB)).toMatch(/"stored" is damaged/);
  });
});
