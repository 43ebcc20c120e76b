// Export decks to .apkg/.csv/.tsv files and import such files into decks (paths come from dialogs).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../../preload/contract/envelope';
import type { FlashcardService } from '..';
import {
  exportApkg,
  exportDelimited,
  importApkgFile,
  importDelimited,
  InterchangeFormatError,
  type InterchangeImportResult,
} from '../interchange';
import { decksForExport } from './deck-export';
import { importDecks, type ImportSummary } from './deck-import';

export type TransferFormat = 'apkg' | 'csv' | 'tsv';
export const TRANSFER_FORMATS: readonly TransferFormat[] = ['apkg', 'csv', 'tsv'];

/** Files larger than this are refused before being read (an .apkg holds text only here: no media). */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

export interface ExportReceipt {
  path: string;
  format: TransferFormat;
  decks: number;
  cards: number;
  bytes: number;
}

export class TransferService {
  constructor(
    private readonly db: Database,
    private readonly flashcards: FlashcardService,
    private readonly options: { importMaxBytes?: number } = {},
  ) {}

  /** Writes one deck (or every deck when deckId is null) to `path` in the given format. */
  async exportDecks(deckId: number | null, format: TransferFormat, path: string): Promise<ExportReceipt> {
    const decks = decksForExport(this.flashcards, deckId);
    const cards = decks.reduce((sum, deck) => sum + deck.notes.length, 0);
    if (cards === 0) throw new ApiError('invalid_payload', 'There are no cards to export');
    const data = format === 'apkg' ? exportApkg(decks) : exportDelimited(decks, format);
    await writeFile(path, data);
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    return { path, format, decks: decks.length, cards, bytes };
  }

  /** Reads an .apkg/.csv/.tsv file and adds its cards; decks are matched or created by name. */
  async importFile(path: string): Promise<ImportSummary> {
    const format = formatOf(path);
    const size = await stat(path).then(
      (info) => info.size,
      () => {
        throw new ApiError('not_found', `File not found: ${path}`);
      },
    );
    const max = this.options.importMaxBytes ?? IMPORT_MAX_BYTES;
    if (size > max) {
      throw new ApiError('invalid_payload', `The file is ${mb(size)}; the import limit is ${mb(max)}`);
    }
    let parsed: InterchangeImportResult;
    try {
      // A package is read from its file in bounded memory (streamed, never whole); text files are small.
      parsed =
        format === 'apkg'
          ? await importApkgFile(path)
          : importDelimited((await readFile(path)).toString('utf8'), { format });
    } catch (error) {
      if (error instanceof InterchangeFormatError) throw new ApiError('invalid_payload', error.message);
      throw error;
    }
    return importDecks(this.db, this.flashcards, parsed.decks, parsed.warnings);
  }
}

function formatOf(path: string): TransferFormat {
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === 'txt') return 'tsv'; // Anki's "Notes in Plain Text" export is tab-separated .txt
  if (ext === 'colpkg') return 'apkg'; // a whole-collection package: same layout, same reader
  if ((TRANSFER_FORMATS as readonly string[]).includes(ext)) return ext as TransferFormat;
  throw new ApiError(
    'invalid_payload',
    `Cannot import "${ext || 'no extension'}" files: choose an .apkg, .colpkg, .csv or .tsv file`,
  );
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
