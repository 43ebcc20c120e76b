// The media store on a temp data folder and a real SQLite file: content addressing, deduplication,
// streamed writes, refusals that leave nothing behind, ranges, persistence and garbage collection.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_MEDIA_FILE_BYTES,
  MediaNotFoundError,
  MediaRejectedError,
  MediaStore,
  type MediaStoreOptions,
} from '../../../main/services/media';
import { openDatabase } from '../../../main/services/store';
import { gifImage, pngImage, svgImage, wavAudio } from '../../fixtures/media-samples';

const HOUR = 60 * 60 * 1000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

interface Setup {
  dataDir: string;
  db: Database;
  store: MediaStore;
  clock: { now: number };
  reopen(): MediaStore;
}

function setup(options: Partial<MediaStoreOptions> = {}): Setup {
  const dataDir = mkdtempSync(join(tmpdir(), 'mea-media-'));
  const dbPath = join(dataDir, 'app.sqlite');
  let db = openDatabase(dbPath);
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  cleanups.push(() => db.open && db.close());
  const clock = { now: 1_700_000_000_000 };
  const make = () => new MediaStore({ dataDir, db, now: () => clock.now, ...options });
  return {
    dataDir,
    get db() {
      return db;
    },
    store: make(),
    clock,
    reopen() {
      db.close();
      db = openDatabase(dbPath);
      return make();
    },
  };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const fileOf = (dataDir: string, hash: string): string => join(dataDir, 'media', hash.slice(0, 2), hash);

/** Every file under media/, relative paths, so tests can say "nothing else was left". */
function mediaFiles(dataDir: string): string[] {
  const root = join(dataDir, 'media');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/** A PNG-headed stream of `total` bytes in 64 KiB chunks, counting how many chunks were pulled. */
function pngStream(total: number): { stream: AsyncIterable<Uint8Array>; pulled: () => number; bytes: () => Buffer } {
  let pulled = 0;
  const parts: Buffer[] = [];
  async function* generate() {
    const head = pngImage();
    let sent = 0;
    while (sent < total) {
      const size = Math.min(64 * 1024, total - sent);
      const chunk = Buffer.alloc(size, sent % 251);
      if (sent === 0) head.copy(chunk, 0, 0, Math.min(head.length, size));
      pulled++;
      sent += size;
      parts.push(chunk);
      yield chunk;
    }
  }
  return { stream: generate(), pulled: () => pulled, bytes: () => Buffer.concat(parts) };
}

describe('MediaStore.put', () => {
  it('stores bytes under their SHA-256 with the sniffed type and records them', async () => {
    const { dataDir, store, db } = setup();
    const png = pngImage(3, 3, [10, 20, 30]);
    const stored = await store.put(png, { name: 'heart.jpg' });
    expect(stored).toEqual({ hash: sha256(png), mime: 'image/png', size: png.length, added: true });
    expect(readFileSync(fileOf(dataDir, stored.hash))).toEqual(png);
    expect(mediaFiles(dataDir)).toEqual([join(stored.hash.slice(0, 2), stored.hash)]);
    expect(store.has(stored.hash)).toBe(true);
    expect(store.mimeOf(stored.hash)).toBe('image/png');
    expect(store.info(stored.hash)).toEqual({
      hash: stored.hash,
      mime: 'image/png',
      size: png.length,
      createdAt: 1_700_000_000_000,
    });
    expect(db.prepare('SELECT count(*) FROM media').pluck().get()).toBe(1);
  });

  it('types each kind of file by its bytes', async () => {
    const { store } = setup();
    expect((await store.put(gifImage())).mime).toBe('image/gif');
    expect((await store.put(svgImage())).mime).toBe('image/svg+xml');
    expect((await store.put(wavAudio())).mime).toBe('audio/wav');
  });

  it('deduplicates the same content, from a buffer or a stream', async () => {
    const { dataDir, store } = setup();
    const png = pngImage();
    const first = await store.put(png);
    const again = await store.put(Buffer.from(png));
    const streamed = await store.put(Readable.from([png.subarray(0, 10), png.subarray(10)]));
    expect(again).toEqual({ ...first, added: false });
    expect(streamed).toEqual({ ...first, added: false });
    expect(store.count()).toBe(1);
    expect(mediaFiles(dataDir)).toHaveLength(1);
  });

  it('streams a large file chunk by chunk and hashes exactly what it wrote', async () => {
    const { dataDir, store } = setup();
    const source = pngStream(5 * 1024 * 1024 + 123);
    const stored = await store.put(Readable.from(source.stream));
    expect(source.pulled()).toBe(81);
    expect(stored.size).toBe(5 * 1024 * 1024 + 123);
    expect(stored.hash).toBe(sha256(source.bytes()));
    expect(sha256(readFileSync(fileOf(dataDir, stored.hash)))).toBe(stored.hash);
  });

  it('refuses a file that is not an image or audio, whatever its name, and keeps nothing', async () => {
    const { dataDir, store } = setup();
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    const refusal = store.put(html, { name: 'heart.png' });
    await expect(refusal).rejects.toBeInstanceOf(MediaRejectedError);
    await expect(store.put(html, { name: 'heart.png' })).rejects.toMatchObject({
      reason: 'not-media',
      message: expect.stringMatching(/^"heart\.png" is not an image or audio file/),
    });
    await expect(store.put(Readable.from([html]), { name: 'heart.png' })).rejects.toThrow(/not an image/);
    expect(mediaFiles(dataDir)).toEqual([]);
    expect(store.count()).toBe(0);
  });

  it('stops reading a stream that is not media after its first chunks', async () => {
    const { store } = setup();
    let pulled = 0;
    async function* noise() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.alloc(64 * 1024, 0x41);
      }
    }
    await expect(store.put(noise())).rejects.toMatchObject({ reason: 'not-media' });
    expect(pulled).toBe(1);
  });

  it('refuses files over the cap (default 50 MB) with the size in the message, leaving nothing', async () => {
    const small = setup({ maxFileBytes: 1000 });
    await expect(small.store.put(Buffer.concat([pngImage(), Buffer.alloc(3000)]))).rejects.toThrow(
      'The media file is too large (4 KB; one image or audio file may be at most 1 KB).',
    );
    const exact = pngStream(1000);
    expect((await small.store.put(exact.stream)).size).toBe(1000);

    const { dataDir, store } = setup();
    const huge = pngStream(MAX_MEDIA_FILE_BYTES + 1);
    await expect(store.put(huge.stream, { name: 'lecture.wav' })).rejects.toMatchObject({
      reason: 'too-large',
      message: '"lecture.wav" is too large (over 50 MB; one image or audio file may be at most 50 MB).',
    });
    expect(mediaFiles(dataDir)).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const { store } = setup();
    await expect(store.put(Buffer.alloc(0))).rejects.toMatchObject({ reason: 'empty' });
    await expect(store.put(Readable.from([]))).rejects.toMatchObject({ reason: 'empty' });
  });

  it('never leaves a partial file under a final name when the source fails or is aborted', async () => {
    const { dataDir, store } = setup();
    async function* failing() {
      yield pngImage();
      yield Buffer.alloc(64 * 1024);
      throw new Error('zip entry truncated');
    }
    await expect(store.put(failing())).rejects.toThrow('zip entry truncated');

    const controller = new AbortController();
    async function* slow() {
      yield Buffer.concat([pngImage(), Buffer.alloc(10_000)]);
      controller.abort();
      yield Buffer.alloc(10_000);
    }
    await expect(store.put(slow(), { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(mediaFiles(dataDir)).toEqual([]);
    expect(store.count()).toBe(0);
  });

  it('keeps what it stored across a restart', async () => {
    const context = setup();
    const stored = await context.store.put(wavAudio(100));
    const reopened = context.reopen();
    expect(reopened.mimeOf(stored.hash)).toBe('audio/wav');
    expect(await reopened.read(stored.hash)).toEqual(wavAudio(100));
  });

  it('writes a file again when its row survived but the file was removed by hand', async () => {
    const { dataDir, store } = setup();
    const png = pngImage();
    const stored = await store.put(png);
    rmSync(fileOf(dataDir, stored.hash));
    expect(await store.open(stored.hash)).toBeNull();
    expect((await store.put(png)).added).toBe(true);
    expect(readFileSync(fileOf(dataDir, stored.hash))).toEqual(png);
  });
});

describe('MediaStore reads', () => {
  it('opens a whole file or an inclusive byte range', async () => {
    const { store } = setup();
    const svg = svgImage('blue');
    const { hash } = await store.put(svg);
    expect(await text((await store.open(hash))!)).toBe(svg.toString());
    expect(await text((await store.open(hash, { start: 2, end: 5 }))!)).toBe(svg.subarray(2, 6).toString());
  });

  it('knows only lower-case SHA-256 hashes it stored', async () => {
    const { store } = setup();
    const { hash } = await store.put(pngImage());
    for (const other of [hash.toUpperCase(), `../${hash}`, hash.slice(1), 'f'.repeat(64), '']) {
      expect(store.has(other)).toBe(false);
      expect(store.mimeOf(other)).toBeNull();
      expect(await store.open(other)).toBeNull();
      await expect(store.read(other)).rejects.toBeInstanceOf(MediaNotFoundError);
    }
  });
});

describe('MediaStore.collectGarbage', () => {
  it('removes unreferenced media past the grace period and keeps the rest', async () => {
    const { dataDir, store, clock } = setup();
    const kept = await store.put(pngImage(1, 1, [1, 1, 1]));
    const unused = await store.put(pngImage(1, 1, [2, 2, 2]));
    clock.now += 2 * HOUR;
    const recent = await store.put(pngImage(1, 1, [3, 3, 3]));

    const report = await store.collectGarbage({ referenced: () => new Set([kept.hash]) });
    expect(report).toEqual({ removedMedia: 1, removedFiles: 1, removedBytes: unused.size, recovered: 0 });
    expect(store.has(unused.hash)).toBe(false);
    expect(existsSync(fileOf(dataDir, unused.hash))).toBe(false);
    expect(store.has(kept.hash)).toBe(true);
    expect(store.has(recent.hash)).toBe(true);
  });

  it('cleans what a crash left: stale temp files and files without a row; a referenced one is recorded again', async () => {
    const { dataDir, store, clock } = setup();
    clock.now = Date.now() + 2 * HOUR;
    const old = (Date.now() - 3 * HOUR) / 1000;
    const write = (path: string, bytes: Buffer, mtime = old): void => {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bytes);
      utimesSync(path, mtime, mtime);
    };
    const orphan = pngImage(5, 5, [9, 9, 9]);
    const referencedOrphan = wavAudio(42);
    write(fileOf(dataDir, sha256(orphan)), orphan);
    write(fileOf(dataDir, sha256(referencedOrphan)), referencedOrphan);
    write(join(dataDir, 'media', '.tmp', 'stale.part'), Buffer.alloc(100));
    write(join(dataDir, 'media', '.tmp', 'fresh.part'), Buffer.alloc(100), Date.now() / 1000 + 2 * 3600);
    write(join(dataDir, 'media', 'README.txt'), Buffer.from('not ours'));

    const report = await store.collectGarbage({ referenced: () => new Set([sha256(referencedOrphan)]) });
    expect(report).toEqual({ removedMedia: 0, removedFiles: 2, removedBytes: orphan.length + 100, recovered: 1 });
    expect(store.mimeOf(sha256(referencedOrphan))).toBe('audio/wav');
    expect(mediaFiles(dataDir)).toEqual(
      [
        join('.tmp', 'fresh.part'),
        'README.txt',
        join(sha256(referencedOrphan).slice(0, 2), sha256(referencedOrphan)),
      ].sort(),
    );
  });

  it('keeps files a backup lists although no note uses them, rows and files alike', async () => {
    const { dataDir, store, clock } = setup();
    const listed = await store.put(pngImage(1, 1, [4, 4, 4]));
    const unused = await store.put(pngImage(1, 1, [5, 5, 5]));
    const listedOrphan = pngImage(2, 2, [6, 6, 6]);
    const old = (Date.now() - 3 * HOUR) / 1000;
    mkdirSync(join(fileOf(dataDir, sha256(listedOrphan)), '..'), { recursive: true });
    writeFileSync(fileOf(dataDir, sha256(listedOrphan)), listedOrphan);
    utimesSync(fileOf(dataDir, sha256(listedOrphan)), old, old);
    clock.now += 2 * HOUR;

    const report = await store.collectGarbage({
      referenced: () => new Set(),
      kept: () => new Set([listed.hash, sha256(listedOrphan)]),
    });
    expect(report).toEqual({ removedMedia: 1, removedFiles: 1, removedBytes: unused.size, recovered: 0 });
    expect(store.has(listed.hash)).toBe(true);
    expect(readFileSync(fileOf(dataDir, listed.hash))).toEqual(Buffer.from(pngImage(1, 1, [4, 4, 4])));
    // Kept, but not recorded again: only the restored backup's own row will name it.
    expect(existsSync(fileOf(dataDir, sha256(listedOrphan)))).toBe(true);
    expect(store.has(sha256(listedOrphan))).toBe(false);
  });

  it('waits for a running write and reads what is in use only after it, and writes wait for it', async () => {
    const { dataDir, store, clock } = setup();
    clock.now += 2 * HOUR;
    const bytes = pngImage(3, 3, [7, 7, 7]);
    const source = new Readable({ read() {} });
    source.push(bytes.subarray(0, 10));
    const writing = store.put(source);
    const order: string[] = [];

    const collecting = store.collectGarbage({
      referenced: () => {
        order.push(store.has(sha256(bytes)) ? 'read after the write' : 'read during the write');
        return new Set([sha256(bytes)]);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    source.push(bytes.subarray(10));
    source.push(null);
    const report = await collecting;
    await writing;
    expect(order).toEqual(['read after the write']);
    expect(report.removedMedia).toBe(0);
    expect(readFileSync(fileOf(dataDir, sha256(bytes)))).toEqual(Buffer.from(bytes));

    // A write that starts while a collection runs lands after it.
    const second = pngImage(3, 3, [8, 8, 8]);
    let referencedCalls = 0;
    const again = store.collectGarbage({ referenced: () => (referencedCalls++, new Set()) });
    const stored = await store.put(second);
    expect(referencedCalls).toBe(1);
    await again;
    expect(store.has(stored.hash)).toBe(true);
  });
});
