// Anki/CSV/TSV import and export wired to the flashcards database: public surface.
export {
  TransferService,
  TRANSFER_FORMATS,
  IMPORT_MAX_BYTES,
  TEXT_IMPORT_MAX_BYTES,
  type ExportReceipt,
  type TransferOptions,
  type TransferImportOptions,
  IMPORT_CANCELLED_MESSAGE,
  type TransferFormat,
} from './transfer-service';
export { decksForExport, type DeckExportOptions } from './deck-export';
export { ankiExportContent, type AnkiExportSources, type MediaSource } from './anki-export-content';
export { importDecks, type ImportSummary } from './deck-import';
export { ImportJobs, type ImportJobsDeps } from './import-jobs';
