// "Export all my data": one .zip with data.json (everything) and decks.apkg (every deck with its notes,
// note types, review history and media files, for Anki). Both are streamed into files, so thousands of
// images never sit in memory: the package first, next to the destination, then the archive around it.
import { createReadStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { strToU8 } from 'fflate';
import { ApiError } from '../../../preload/contract/envelope';
import { fsyncFolderOf } from '../backup/durable-files';
import type { FlashcardService } from '../flashcards';
import { InterchangeFormatError, writeAnkiExportFile, ZipFileWriter } from '../flashcards/interchange';
import type { MediaSource } from '../flashcards/transfer';
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
  /** The media files notes use go into decks.apkg; absent: the package carries none. */
  media?: MediaSource;
  /** Written into the exported cards' FSRS memory state (default 0.9). */
  desiredRetention?: () => number;
  now?: () => number;
}

export class DataExportService {
  constructor(private readonly options: DataExportServiceOptions) {}

  /** Writes the archive to `path` atomically (a .partial file renamed into place once complete). */
  async exportAll(path: string): Promise<DataExportReceipt> {
    const exportedAt = (this.options.now ?? Date.now)();
    const { db, flashcards, media } = this.options;
    const { data, anki } = readExportSnapshot(
      { db, flashcards, media: media ?? null, desiredRetention: this.options.desiredRetention?.() ?? 0.9 },
      { appName: 'Medical Education Assistant', version: this.options.version, exportedAt },
    );
    // Each step below is synchronous or streamed; yielding keeps main answering IPC during a big export.
    await nextTurn();
    const warnings: string[] = [];
    const partial = `${path}.partial`;
    const decksPartial = `${path}.decks.partial`;
    let apkg = false;
    try {
      if (anki.decks.length > 0) {
        try {
          const receipt = await writeAnkiExportFile(decksPartial, anki, { now: () => exportedAt });
          warnings.push(...receipt.warnings);
          apkg = true;
        } catch (error) {
          if (!(error instanceof InterchangeFormatError)) throw error;
          warnings.push(`The decks could not be written as .apkg (${error.message}); data.json has every card.`);
        }
      }
      await nextTurn();
      const archive = await ZipFileWriter.create(partial);
      try {
        // The package is compressed already (and its images are): stored as it is.
        if (apkg) await archive.addStored(DECKS_FILE, createReadStream(decksPartial));
        await archive.addDeflated(DATA_FILE, strToU8(JSON.stringify(data, null, 1)));
        const bytes = await archive.finish();
        await rename(partial, path);
        fsyncFolderOf(path);
        return { path, bytes, counts: data.counts, apkg, warnings };
      } catch (error) {
        await archive.abort();
        throw error;
      }
    } catch (error) {
      await rm(partial, { force: true }).catch(() => undefined);
      throw writeError(path, error);
    } finally {
      await rm(decksPartial, { force: true }).catch(() => undefined);
    }
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
