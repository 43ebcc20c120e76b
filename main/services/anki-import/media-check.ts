// Before anything is saved: every media file of the package streamed once, hashed (SHA-256, the store's
// address), typed from its first bytes and size-capped, so the card HTML can name the stored files and
// refused files become warnings. Only one chunk of one file is in memory at a time.
import { createHash } from 'node:crypto';
import { InterchangeFormatError } from '../flashcards/interchange/errors';
import type { AnkiMediaFile } from '../flashcards/interchange/anki/package';
import { MediaRejectedError } from '../media';
import { SNIFF_BYTES } from '../media/sniff';
import { sniffBytes } from '../media/write-temp-file';
import type { AnkiImportProgress } from './types';

export interface CheckedMedia {
  file: AnkiMediaFile;
  hash: string;
  size: number;
}

export interface MediaCheck {
  /** Files the store will accept, in package order. */
  accepted: CheckedMedia[];
  /** Media name → hash of every accepted file. */
  byName: Map<string, string>;
  warnings: string[];
}

export interface MediaCheckOptions {
  /** The store's per-file cap. */
  maxBytes: number;
  signal?: AbortSignal;
  onProgress?: (progress: AnkiImportProgress) => void;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Hash and size of one file, refused (MediaRejectedError) as the store would refuse it. */
async function checkOne(file: AnkiMediaFile, maxBytes: number): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256');
  const head: Uint8Array[] = [];
  let size = 0;
  let sniffed = false;
  for await (const chunk of file.stream()) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      throw new MediaRejectedError(
        'too-large',
        `"${file.name}" is too large (over ${megabytes(maxBytes)}; one image or audio file may be at most ${megabytes(maxBytes)}).`,
      );
    }
    if (!sniffed) {
      head.push(chunk);
      const bytes = Buffer.concat(head);
      if (bytes.byteLength >= SNIFF_BYTES) {
        sniffBytes(bytes.subarray(0, SNIFF_BYTES), { maxBytes, name: file.name });
        sniffed = true;
      }
    }
    hash.update(chunk);
  }
  // Small files (or an empty one): the store's checks on what there is.
  if (!sniffed) sniffBytes(Buffer.concat(head), { maxBytes, name: file.name });
  return { hash: hash.digest('hex'), size };
}

export async function checkPackageMedia(
  files: readonly AnkiMediaFile[],
  options: MediaCheckOptions,
): Promise<MediaCheck> {
  const result: MediaCheck = { accepted: [], byName: new Map(), warnings: [] };
  const report = (done: number) => options.onProgress?.({ phase: 'checking-media', done, total: files.length });
  report(0);
  for (const [index, file] of files.entries()) {
    options.signal?.throwIfAborted();
    try {
      const { hash, size } = await checkOne(file, options.maxBytes);
      result.accepted.push({ file, hash, size });
      result.byName.set(file.name, hash);
    } catch (error) {
      if (!(error instanceof MediaRejectedError) && !(error instanceof InterchangeFormatError)) throw error;
      result.warnings.push(`Media file "${file.name}" was not imported: ${error.message}`);
    }
    report(index + 1);
  }
  return result;
}
