// Content-addressed store of card images and audio: one file per distinct content, named by its SHA-256,
// written atomically (temp file, fsync, rename), typed by its bytes and recorded in the media table.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Semaphore } from 'async-mutex';
import type { Database } from 'better-sqlite3';
import { isMediaHash } from '../../../preload/contract/card-html/media-url';
import { fsyncFolderOf } from '../backup/durable-files';
import { collectGarbage, type GarbageReport } from './collect-garbage';
import { MediaNotFoundError } from './errors';
import { MediaPaths } from './media-paths';
import { MediaRepository, type MediaRecord } from './media-repository';
import { sniffBytes, writeTempFile, type MediaSource } from './write-temp-file';

/** One image or audio file may be at most this large (the importer refuses bigger ones with a message). */
export const MAX_MEDIA_FILE_BYTES = 50 * 1024 * 1024;

/** Files and rows younger than this are never collected: an import may still be about to refer to them. */
export const GARBAGE_GRACE_MS = 60 * 60 * 1000;

// Writes share the store; a collection takes all of it, so no file lands while rows and files are removed.
const WRITE_SLOTS = 1024;

export interface CollectGarbageOptions {
  /** Read once no write is running: every hash the notes use. */
  referenced: () => ReadonlySet<string>;
  /** Read with it: hashes to keep although no note uses them (those a backup lists). */
  kept?: () => ReadonlySet<string>;
}

export interface MediaStoreOptions {
  dataDir: string;
  db: Database;
  maxFileBytes?: number;
  now?: () => number;
  garbageGraceMs?: number;
}

export interface PutOptions {
  /** The file's name in the deck, for messages only (never used as a path). */
  name?: string;
  /** Stops a streamed write between chunks (the temp file is removed). */
  signal?: AbortSignal;
}

export interface StoredMedia {
  hash: string;
  mime: string;
  size: number;
  /** False when the same bytes were already stored (deduplicated). */
  added: boolean;
}

/** A byte range of a file, both ends inclusive (as HTTP Range counts). */
export interface ByteRange {
  start: number;
  end: number;
}

export class MediaStore {
  private readonly paths: MediaPaths;
  private readonly records: MediaRepository;
  private readonly maxFileBytes: number;
  private readonly now: () => number;
  private readonly graceMs: number;
  private readonly gate = new Semaphore(WRITE_SLOTS);

  constructor(options: MediaStoreOptions) {
    this.paths = new MediaPaths(options.dataDir);
    this.records = new MediaRepository(options.db);
    this.maxFileBytes = options.maxFileBytes ?? MAX_MEDIA_FILE_BYTES;
    this.now = options.now ?? Date.now;
    this.graceMs = options.garbageGraceMs ?? GARBAGE_GRACE_MS;
  }

  /**
   * Stores bytes (a buffer, or a stream read chunk by chunk) unless the same content is already there.
   * Throws MediaRejectedError (empty, not an image or audio file, too large) having stored nothing; a
   * refused stream is not read further (a Readable is destroyed).
   */
  put(source: Uint8Array | Readable | AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredMedia> {
    return this.gate.runExclusive(() => this.write(source, options), 1);
  }

  private async write(
    source: Uint8Array | Readable | AsyncIterable<Uint8Array>,
    options: PutOptions,
  ): Promise<StoredMedia> {
    const limits = { maxBytes: this.maxFileBytes, name: options.name, signal: options.signal };
    if (source instanceof Uint8Array) {
      // Bytes in memory: hash first, and skip the write entirely when the file is already stored.
      const type = sniffBytes(source, limits);
      const hash = createHash('sha256').update(source).digest('hex');
      if (this.records.get(hash) !== null && (await sizeOf(this.paths.fileOf(hash))) === source.length) {
        return { hash, mime: type.mime, size: source.length, added: false };
      }
    }
    await mkdir(this.paths.temp, { recursive: true });
    const temp = join(this.paths.temp, `${randomUUID()}.part`);
    try {
      const written = await writeTempFile(source as MediaSource, temp, limits);
      const addedFile = await this.moveIntoPlace(temp, written.hash, written.size);
      const addedRow = this.records.insert({
        hash: written.hash,
        mime: written.type.mime,
        size: written.size,
        createdAt: this.now(),
      });
      return { hash: written.hash, mime: written.type.mime, size: written.size, added: addedFile || addedRow };
    } finally {
      await unlink(temp).catch(() => {}); // gone already after a rename
    }
  }

  /** True when the hash is a stored file's. */
  has(hash: string): boolean {
    return this.info(hash) !== null;
  }

  info(hash: string): MediaRecord | null {
    return isMediaHash(hash) ? this.records.get(hash) : null;
  }

  /** The MIME type sniffed when the file was stored, or null for an unknown hash. */
  mimeOf(hash: string): string | null {
    return this.info(hash)?.mime ?? null;
  }

  /** The whole file (exports); throws MediaNotFoundError. */
  async read(hash: string): Promise<Buffer> {
    if (!this.has(hash)) throw new MediaNotFoundError(hash);
    try {
      return await readFile(this.paths.fileOf(hash));
    } catch (error) {
      throw missingFile(hash, error);
    }
  }

  /** A stream of the file (or of a range of it), or null when the hash or its file is unknown. */
  async open(hash: string, range?: ByteRange): Promise<Readable | null> {
    if (!this.has(hash)) return null;
    try {
      const handle = await open(this.paths.fileOf(hash), 'r');
      return handle.createReadStream(range === undefined ? {} : { start: range.start, end: range.end });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Number of stored files (rows). */
  count(): number {
    return this.records.count();
  }

  /**
   * Deletes stored media no note uses and no backup lists, older than the grace period, and files left by a
   * crash (temp files; files without a row). Waits for running writes; writes wait for it. What is in use is
   * read after the writes drain and in the same tick as the rows are deleted, so nothing saved in between is
   * missed.
   */
  collectGarbage(options: CollectGarbageOptions): Promise<GarbageReport> {
    return this.gate.runExclusive(
      () =>
        collectGarbage({
          paths: this.paths,
          records: this.records,
          referenced: options.referenced(),
          kept: options.kept?.() ?? new Set(),
          olderThan: this.now() - this.graceMs,
        }),
      WRITE_SLOTS,
    );
  }

  /**
   * Deletes every stored file once their rows are gone ("Delete all my data"), waiting for running writes;
   * a file a crash leaves behind is removed by the next garbage collection.
   */
  removeAllFiles(): Promise<void> {
    return this.gate.runExclusive(() => rm(this.paths.root, { recursive: true, force: true }), WRITE_SLOTS);
  }

  /** Renames the temp file to the hash's name; true when the file was not there before. */
  private async moveIntoPlace(temp: string, hash: string, size: number): Promise<boolean> {
    const final = this.paths.fileOf(hash);
    // A complete file is already there (same name = same bytes): keep it and drop the temp copy.
    if ((await sizeOf(final)) === size) return false;
    const createdShard = await mkdir(this.paths.shardOf(hash), { recursive: true });
    await rename(temp, final);
    fsyncFolderOf(final);
    if (createdShard !== undefined) fsyncFolderOf(this.paths.shardOf(hash));
    return true;
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function missingFile(hash: string, error: unknown): Error {
  return isNotFound(error) ? new MediaNotFoundError(hash) : (error as Error);
}
