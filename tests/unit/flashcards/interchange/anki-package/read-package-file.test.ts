// A package read from its file (positional reads, streamed inflate and zstd, the collection in a
// temp file) gives the same AnkiPackage and the same refusals as one read from memory, keeps
// every cap while streaming and leaves no temp file behind.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdDecompressSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { InterchangeFormatError } from '../../../../../main/services/flashcards/interchange';
import {
  readAnkiPackage,
  readAnkiPackageFile,
  type AnkiPackage,
  type AnkiPackageLimits,
} from '../../../../../main/services/flashcards/interchange/anki/package';
import { sampleContent, type FixtureContent } from '../../../../fixtures/anki/package-content';
import {
  ankiZstd,
  packageMeta,
  writeAnkiPackage,
  type PackageFormat,
  type PackageOptions,
} from '../../../../fixtures/anki/write-anki-package';

const MIB = 1024 * 1024;
const content = sampleContent();
const root = mkdtempSync(join(tmpdir(), 'anki-file-test-'));
let written = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

function packageFile(bytes: Uint8Array): string {
  const path = join(root, `package-${(written += 1)}.apkg`);
  writeFileSync(path, bytes);
  return path;
}

/** A fresh, empty temp folder for one read, so that leftovers can be seen. */
function tempDir(): string {
  return mkdtempSync(join(root, 'temp-'));
}

async function collect(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<Buffer> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return Buffer.concat(out);
}

/** Everything but the media functions, and each media file's bytes by read() and by stream(). */
async function comparable(pkg: AnkiPackage) {
  const media = [];
  for (const file of pkg.media) {
    const read = Buffer.from(file.read());
    const streamed = await collect(file.stream());
    expect(streamed.equals(read)).toBe(true);
    media.push({ name: file.name, declaredSize: file.declaredSize, sha1: file.sha1, bytes: read.toString('hex') });
  }
  return { ...pkg, media };
}

async function fileRefusal(bytes: Uint8Array, limits: Partial<AnkiPackageLimits> = {}): Promise<string> {
  const temp = tempDir();
  const error = await readAnkiPackageFile(packageFile(bytes), { limits, tempDir: temp }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterchangeFormatError);
  expect(readdirSync(temp)).toEqual([]);
  return (error as Error).message;
}

function bytesRefusal(bytes: Uint8Array, limits: Partial<AnkiPackageLimits> = {}): string {
  try {
    readAnkiPackage(bytes, { limits });
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeFormatError);
    return (error as Error).message;
  }
  throw new Error('the package was accepted');
}

/** A zip whose central directory says `name` unpacks to `claimed` bytes. */
function lyingZip(name: string, data: Uint8Array, claimed: number): Uint8Array {
  const zip = zipSync({ [name]: [data, { level: 9 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let pos = zip.length - 22; pos >= 0; pos -= 1) {
    if (view.getUint32(pos, true) === 0x02014b50) {
      view.setUint32(pos + 24, claimed, true);
      return zip;
    }
  }
  throw new Error('no central record');
}

describe.each<PackageFormat>(['latest', 'legacy2', 'legacy1'])('readAnkiPackageFile on a %s package', (format) => {
  it('gives the same package as the bytes reader, media by read() and stream() alike', async () => {
    const bytes = writeAnkiPackage(content, format);
    const temp = tempDir();
    const fromFile = await readAnkiPackageFile(packageFile(bytes), { tempDir: temp });
    expect(await comparable(fromFile)).toEqual(await comparable(readAnkiPackage(bytes)));
    expect(fromFile.notes.length).toBeGreaterThan(0);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('large entries are streamed, not held whole', () => {
  it('streams a 3 MiB media file in chunks of at most 1 MiB, checked against its size and sha1', async () => {
    const big = new Uint8Array(3 * MIB).map((_v, i) => (i * 31) % 253);
    const withBig: FixtureContent = { ...content, media: [{ name: 'slide.png', bytes: big }] };
    for (const format of ['latest', 'legacy1'] as const) {
      const pkg = await readAnkiPackageFile(packageFile(writeAnkiPackage(withBig, format)));
      const sizes: number[] = [];
      const out: Uint8Array[] = [];
      for await (const chunk of pkg.media[0]?.stream() ?? []) {
        sizes.push(chunk.byteLength);
        out.push(chunk);
      }
      expect(Buffer.concat(out).equals(Buffer.from(big))).toBe(true);
      expect(sizes.length).toBeGreaterThan(2);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MIB);
    }
  });

  it('decodes a collection written as several zstd frames with a skippable frame between them', async () => {
    const plain = writeAnkiPackage(content, 'latest');
    const pkg = readAnkiPackage(plain);
    // Re-frame the same collection bytes: split into two frames around a skippable frame.
    const sqlite = zstdDecompressSync(unzipSync(plain)['collection.anki21b'] ?? new Uint8Array());
    const half = Math.floor(sqlite.length / 2);
    const skippable = Uint8Array.of(0x5e, 0x2a, 0x4d, 0x18, 2, 0, 0, 0, 1, 2);
    const framed = Buffer.concat([ankiZstd(sqlite.subarray(0, half)), skippable, ankiZstd(sqlite.subarray(half))]);
    const reframed = writeAnkiPackage(content, 'latest', { override: { 'collection.anki21b': framed } });
    const fromFile = await readAnkiPackageFile(packageFile(reframed));
    expect(fromFile.notes).toEqual(pkg.notes);
    expect(fromFile.cards).toEqual(pkg.cards);
  });
});

describe('the same refusals from a file, with the caps applied while streaming', () => {
  const latest = (options: PackageOptions = {}) => writeAnkiPackage(content, 'latest', options);
  const cases: [string, Uint8Array, Partial<AnkiPackageLimits>, RegExp][] = [
    ['not a zip', strToU8('front,back\n'), {}, /is not a valid zip archive/],
    ['a newer package format', latest({ override: { meta: packageMeta(4) } }), {}, /newer version of Anki/],
    [
      'a collection that is not zstd',
      latest({ override: { 'collection.anki21b': strToU8('SQLite format 3\0 and more') } }),
      {},
      /no zstd frame starts at byte 0/,
    ],
    [
      'a cut-off zstd collection',
      latest({ override: { 'collection.anki21b': ankiZstd(randomBytes(300_000)).subarray(0, 200_000) } }),
      {},
      /it is truncated/,
    ],
    [
      'a zstd bomb for a collection',
      latest({ override: { 'collection.anki21b': ankiZstd(new Uint8Array(64 * MIB)) } }),
      { maxCollectionBytes: MIB },
      /^collection\.anki21b would decompress to more than 1 MiB; refusing to open it$/,
    ],
    [
      'a deflate bomb whose directory lies about its size',
      lyingZip('collection.anki2', new Uint8Array(16 * MIB), 100),
      { maxCollectionBytes: MIB },
      /^This Anki package: "collection\.anki2" would unpack to more than 1 MiB; refusing to open it$/,
    ],
    [
      'a collection that is not SQLite',
      latest({ override: { 'collection.anki21b': ankiZstd(strToU8('hello '.repeat(1000))) } }),
      {},
      /is not a readable Anki collection \(file is not a database\)/,
    ],
    [
      'a collection missing tables',
      latest({ omitTables: ['notetypes', 'templates'] }),
      {},
      /it has no notetypes, templates tables/,
    ],
    [
      'an unsafe media name',
      writeAnkiPackage({ ...content, media: [{ name: '../../.bashrc', bytes: Uint8Array.of(1) }] }, 'latest'),
      {},
      /unsafe media file name/,
    ],
    ['a total over the cap', latest(), { maxTotalBytes: 10_000 }, /refusing to open it$/],
  ];

  it.each(cases)('%s', async (_name, bytes, limits, pattern) => {
    const message = await fileRefusal(bytes, limits);
    expect(message).toMatch(pattern);
    expect(message).toBe(bytesRefusal(bytes, limits));
  });

  it('counts the same bytes against the total as the memory reader, whatever the total', async () => {
    const bytes = latest();
    const outcomes = new Set<string>();
    for (let total = 1_000; total < 400_000; total = Math.ceil(total * 1.6)) {
      const limits = { maxTotalBytes: total };
      const fromMemory = (() => {
        try {
          return readAnkiPackage(bytes, { limits }).notes.length;
        } catch (error) {
          return (error as Error).message;
        }
      })();
      const fromFile = await readAnkiPackageFile(packageFile(bytes), { limits }).then(
        (pkg) => pkg.notes.length,
        (error: unknown) => (error as Error).message,
      );
      expect(fromFile).toEqual(fromMemory);
      outcomes.add(typeof fromFile);
    }
    expect([...outcomes].sort()).toEqual(['number', 'string']);
  });

  it('stops a media bomb at its cap when streamed, and refuses bytes that do not match the list', async () => {
    const bomb = await readAnkiPackageFile(
      packageFile(latest({ override: { '0': ankiZstd(new Uint8Array(64 * MIB)) } })),
      { limits: { maxMediaFileBytes: MIB } },
    );
    await expect(collect(bomb.media[0]?.stream() ?? [])).rejects.toThrow(
      'Media file "alveolus.png" would decompress to more than 1 MiB; refusing to open it',
    );
    const swapped = await readAnkiPackageFile(
      packageFile(latest({ override: { '0': ankiZstd(strToU8('x'.repeat(99))) } })),
    );
    await expect(collect(swapped.media[0]?.stream() ?? [])).rejects.toThrow(
      'Media file "alveolus.png" is damaged: 99 bytes instead of 73',
    );
  });

  it('refuses to read media from a package file that changed after it was opened', async () => {
    const path = packageFile(latest());
    const pkg = await readAnkiPackageFile(path);
    truncateSync(path, 100);
    expect(() => pkg.media[0]?.read()).toThrow(/^This Anki package could not be read again \(the file changed/);
  });
});
