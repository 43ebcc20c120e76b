// Anki/CSV/TSV import and export wired to the flashcards database: public surface.
export {
  TransferService,
  TRANSFER_FORMATS,
  IMPORT_MAX_BYTES,
  TEXT_IMPORT_MAX_BYTES,
  type ExportReceipt,
  type TransferOptions,
  type TransferFormat,
} from './transfer-service';
export { decksForExport } from './deck-export';
export { importDecks, type ImportSummary } from './deck-import';
