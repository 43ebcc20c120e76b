// Export decks to .apkg/.csv/.tsv files and import such files into decks (paths come from dialogs).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../../preload/contract/envelope';
import type { FlashcardService } from '..';
import { AnkiImportService, type AnkiImportOptions } from '../../anki-import';
import {
  DEFAULT_ANKI_PACKAGE_LIMITS,
  exportDelimited,
  importDelimited,
  InterchangeFormatError,
  readAnkiPackageFile,
  writeAnkiExportFile,
} from '../interchange';
import { ankiExportContent, type MediaSource } from './anki-export-content';
import { decksForExport } from './deck-export';
import { importDecks, type ImportSummary } from './deck-import';

export type TransferFormat = 'apkg' | 'csv' | 'tsv';
export const TRANSFER_FORMATS: readonly TransferFormat[] = ['apkg', 'csv', 'tsv'];

/**
 * Files larger than this are refused before being read. An Anki package carries its deck's images and
 * audio and is read from its file in bounded memory (what it unpacks is capped separately); a CSV/TSV
 * file is text only and read whole.
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024 * 1024;
export const TEXT_IMPORT_MAX_BYTES = 200 * 1024 * 1024;

export interface TransferOptions {
  /** Overrides both caps above (tests). */
  importMaxBytes?: number;
  /** Imports Anki packages whole (notes, media, review history); default: one without a media store. */
  ankiImport?: AnkiImportService;
  /** Where .apkg exports read the media files of notes from; absent: packages carry no media files. */
  media?: MediaSource;
  /** The review setting written into exported cards' FSRS memory state (default 0.9). */
  desiredRetention?: () => number;
  now?: () => number;
}

/**
 * Progress of an Anki package's phases, and Cancel: honoured until the notes commit (the import then
 * fails with IMPORT_CANCELLED_MESSAGE and nothing was saved), not after.
 */
export type TransferImportOptions = AnkiImportOptions;

export const IMPORT_CANCELLED_MESSAGE = 'The import was cancelled; nothing was saved';

export interface ExportReceipt {
  path: string;
  format: TransferFormat;
  decks: number;
  cards: number;
  bytes: number;
  /** .apkg only: media files in the package, and what could not be included. */
  media?: number;
  warnings?: string[];
}

export class TransferService {
  private readonly ankiImport: AnkiImportService;

  constructor(
    private readonly db: Database,
    private readonly flashcards: FlashcardService,
    private readonly options: TransferOptions = {},
  ) {
    this.ankiImport = options.ankiImport ?? new AnkiImportService({ db, flashcards, media: null });
  }

  /** Writes one deck (or every deck when deckId is null) to `path` in the given format. */
  async exportDecks(deckId: number | null, format: TransferFormat, path: string): Promise<ExportReceipt> {
    if (format === 'apkg') return this.exportAnki(deckId, path);
    const decks = decksForExport(this.flashcards, deckId);
    const cards = decks.reduce((sum, deck) => sum + deck.notes.length, 0);
    if (cards === 0) throw new ApiError('invalid_payload', 'There are no cards to export');
    const data = exportDelimited(decks, format);
    await writeFile(path, data);
    return { path, format, decks: decks.length, cards, bytes: Buffer.byteLength(data) };
  }

  /** Plain cards as Basic/Cloze notes; imported notes whole, with note types, scheduling, history and media. */
  private async exportAnki(deckId: number | null, path: string): Promise<ExportReceipt> {
    const content = ankiExportContent(
      {
        db: this.db,
        flashcards: this.flashcards,
        media: this.options.media ?? null,
        desiredRetention: this.options.desiredRetention?.() ?? 0.9,
        now: (this.options.now ?? Date.now)(),
      },
      deckId,
    );
    const plain = content.decks.reduce((sum, deck) => sum + deck.notes.length, 0);
    const cards = plain + content.notes.reduce((sum, note) => sum + note.cards.length, 0);
    if (cards === 0) throw new ApiError('invalid_payload', 'There are no cards to export');
    const receipt = await writeAnkiExportFile(path, content).catch((error: unknown) => {
      if (error instanceof InterchangeFormatError) throw new ApiError('invalid_payload', error.message);
      throw error;
    });
    return {
      path,
      format: 'apkg',
      decks: content.decks.length,
      cards,
      bytes: receipt.bytes,
      media: receipt.media,
      warnings: receipt.warnings,
    };
  }

  /**
   * Reads an .apkg/.colpkg/.csv/.tsv file and adds its cards; decks are matched or created by name.
   * Anki packages come in whole (AnkiImportService). `options` reports progress and takes Cancel, which
   * stops the import before anything is saved.
   */
  async importFile(path: string, options: TransferImportOptions = {}): Promise<ImportSummary> {
    const format = formatOf(path);
    const size = await stat(path).then(
      (info) => info.size,
      () => {
        throw new ApiError('not_found', `File not found: ${path}`);
      },
    );
    const max = this.options.importMaxBytes ?? (format === 'apkg' ? IMPORT_MAX_BYTES : TEXT_IMPORT_MAX_BYTES);
    if (size > max) {
      throw new ApiError('invalid_payload', `The file is ${mb(size)}; the import limit is ${mb(max)}`);
    }
    if (format === 'apkg') return this.importAnki(path, options);
    const text = (await readFile(path)).toString('utf8');
    const parsed = asPayloadError(() => importDelimited(text, { format }));
    throwIfCancelled(options.signal);
    return importDecks(this.db, this.flashcards, parsed.decks, parsed.warnings);
  }

  private async importAnki(path: string, options: TransferImportOptions): Promise<ImportSummary> {
    // Each media file is read twice (hashed before the notes are saved, stored after they commit).
    const limits = { maxTotalBytes: 2 * DEFAULT_ANKI_PACKAGE_LIMITS.maxTotalBytes };
    let pkg;
    try {
      pkg = await readAnkiPackageFile(path, { limits });
    } catch (error) {
      if (error instanceof InterchangeFormatError) throw new ApiError('invalid_payload', error.message);
      throw error;
    }
    // The reader takes no signal: a Cancel while it read is honoured here, before anything is saved.
    throwIfCancelled(options.signal);
    try {
      const result = await this.ankiImport.importPackage(pkg, options);
      const { notes, cards, media, reviews, updated } = result;
      return {
        decks: result.deckSummaries,
        cardsAdded: cards,
        duplicatesSkipped: 0,
        warnings: result.warnings,
        anki: { notes, cards, media, reviews, updated },
      };
    } catch (error) {
      throwIfCancelled(options.signal);
      throw error;
    }
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApiError('conflict', IMPORT_CANCELLED_MESSAGE);
}

function asPayloadError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InterchangeFormatError) throw new ApiError('invalid_payload', error.message);
    throw error;
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
