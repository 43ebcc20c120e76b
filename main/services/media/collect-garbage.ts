// Removes media nothing refers to any more, and what a crash can leave behind: temp files, and files
// renamed into place whose row was never written (a referenced one gets its row back instead).
import { open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isMediaHash } from '../../../preload/contract/card-html/media-url';
import { SHARD_NAME, type MediaPaths } from './media-paths';
import type { MediaRepository } from './media-repository';
import { SNIFF_BYTES, sniffMediaType } from './sniff';

export interface GarbageReport {
  /** Rows (and their files) deleted because nothing refers to them. */
  removedMedia: number;
  /** Files deleted: those of removed rows, files without a row, stale temp files. */
  removedFiles: number;
  removedBytes: number;
  /** Referenced files that had lost their row (a crash between rename and insert), recorded again. */
  recovered: number;
}

export interface CollectGarbageInput {
  paths: MediaPaths;
  records: MediaRepository;
  referenced: ReadonlySet<string>;
  /** Files no note uses that must stay anyway (a backup lists them): neither their rows nor files go. */
  kept: ReadonlySet<string>;
  /** Only rows and files created before this time (ms) are removed. */
  olderThan: number;
}

export async function collectGarbage(input: CollectGarbageInput): Promise<GarbageReport> {
  const { paths, records, referenced, kept, olderThan } = input;
  const report: GarbageReport = { removedMedia: 0, removedFiles: 0, removedBytes: 0, recovered: 0 };

  // Rows first, then files: a crash in between leaves files without rows, which the pass below removes.
  const unused = records.hashesCreatedBefore(olderThan).filter((hash) => !referenced.has(hash) && !kept.has(hash));
  records.deleteMany(unused);
  report.removedMedia = unused.length;
  for (const hash of unused) await remove(paths.fileOf(hash), report);

  for (const shard of await entries(paths.root)) {
    if (!SHARD_NAME.test(shard)) continue;
    for (const name of await entries(join(paths.root, shard))) {
      if (!isMediaHash(name) || !name.startsWith(shard) || records.get(name) !== null) continue;
      const file = join(paths.root, shard, name);
      if (referenced.has(name)) {
        if (await recordAgain(file, name, records)) report.recovered++;
      } else if (!kept.has(name) && (await olderThanLimit(file, olderThan))) {
        await remove(file, report);
      }
    }
  }

  for (const name of await entries(paths.temp)) {
    const file = join(paths.temp, name);
    if (name.endsWith('.part') && (await olderThanLimit(file, olderThan))) await remove(file, report);
  }
  return report;
}

async function recordAgain(file: string, hash: string, records: MediaRepository): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size, mtimeMs } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    const type = size === 0 ? null : sniffMediaType(head);
    if (type === null) return false;
    return records.insert({ hash, mime: type.mime, size, createdAt: Math.floor(mtimeMs) });
  } finally {
    await handle.close();
  }
}

async function entries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function olderThanLimit(file: string, olderThan: number): Promise<boolean> {
  try {
    return (await stat(file)).mtimeMs < olderThan;
  } catch {
    return false;
  }
}

// A file that cannot be removed now (in use on Windows, already gone) is left for the next collection.
async function remove(file: string, report: GarbageReport): Promise<void> {
  try {
    const { size } = await stat(file);
    await unlink(file);
    report.removedFiles++;
    report.removedBytes += size;
  } catch {
    // left for next time
  }
}
