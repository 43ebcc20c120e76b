// "Export all my data": one .zip with data.json (everything) and decks.apkg (every deck, for Anki).
import { rename, rm, writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { strToU8, zip, type AsyncZipOptions, type AsyncZippable } from 'fflate';
import { ApiError } from '../../../preload/contract/envelope';
import { fsyncFile, fsyncFolderOf } from '../backup/durable-files';
import type { FlashcardService } from '../flashcards';
import { buildAnkiCollection, InterchangeFormatError } from '../flashcards/interchange';
import type { ExportedData } from './export-format';
import { readExportSnapshot } from './export-snapshot';

export const DATA_FILE = 'data.json';
export const DECKS_FILE = 'decks.apkg';

export interface DataExportReceipt {
  path: string;
  bytes: number;
  counts: ExportedData['counts'];
  /** False when there were no decks (or they could not be written as .apkg: see warnings). */
  apkg: boolean;
  warnings: string[];
}

export interface DataExportServiceOptions {
  db: Database;
  flashcards: FlashcardService;
  version: string;
  now?: () => number;
}

export class DataExportService {
  constructor(private readonly options: DataExportServiceOptions) {}

  /** Writes the archive to `path` atomically (a .partial file renamed into place once complete). */
  async exportAll(path: string): Promise<DataExportReceipt> {
    const exportedAt = (this.options.now ?? Date.now)();
    const { data, decks } = readExportSnapshot(this.options.db, this.options.flashcards, {
      appName: 'Medical Education Assistant',
      version: this.options.version,
      exportedAt,
    });
    // Each step below is synchronous; yielding between them keeps main answering IPC during a big export.
    await nextTurn();
    const warnings: string[] = [];
    const files: AsyncZippable = {};
    if (decks.length > 0) {
      try {
        const collection = buildAnkiCollection(decks, { now: () => exportedAt });
        await nextTurn();
        // Same package as exportApkg, but compressed off the main thread. Stored in the outer zip, not compressed twice.
        const apkg = await zipAsync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
        files[DECKS_FILE] = [apkg, { level: 0 }];
      } catch (error) {
        if (!(error instanceof InterchangeFormatError)) throw error;
        warnings.push(`The decks could not be written as .apkg (${error.message}); data.json has every card.`);
      }
    }
    files[DATA_FILE] = strToU8(JSON.stringify(data, null, 1));
    await nextTurn();
    const archive = await zipAsync(files, { level: 6 });
    await writeDurably(path, archive);
    return { path, bytes: archive.byteLength, counts: data.counts, apkg: DECKS_FILE in files, warnings };
  }
}

/** fflate's asynchronous zip: compression runs in worker threads. */
function zipAsync(files: AsyncZippable, options: AsyncZipOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    zip(files, options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await writeFile(partial, bytes);
    fsyncFile(partial);
    await rename(partial, path);
    fsyncFolderOf(path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw writeError(path, error);
  }
}

/** Turns file-system failures into messages a student can act on. */
function writeError(path: string, error: unknown): ApiError {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('internal', `The disk is full: could not write ${path}. Free some space and try again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError('forbidden', `No permission to write ${path}. Choose another folder.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('not_found', `The folder for ${path} does not exist.`);
    case 'EISDIR':
      return new ApiError('invalid_payload', `${path} is a folder; choose a file name.`);
    default:
      return new ApiError(
        'internal',
        `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}
