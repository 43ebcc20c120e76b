// Flashcard interchange codecs: Anki .apkg and CSV/TSV, over the neutral InterchangeDeck model.
export type { InterchangeDeck, InterchangeImportResult, InterchangeNote, InterchangeNoteType } from './types';
export { InterchangeFormatError } from './errors';
export {
  exportApkg,
  writeApkgFile,
  writeAnkiExportFile,
  buildAnkiCollection,
  type AnkiExportReceipt,
  type ApkgExportOptions,
} from './anki/export-apkg';
export type {
  AnkiExportContent,
  ExportCard,
  ExportMediaFile,
  ExportNote,
  ExportNoteType,
  ExportReview,
  ExportSchedule,
} from './anki/export/types';
export { fieldForAnki, mediaNamesIn, type MediaNameOf } from './anki/export/field-media';
export { ZipFileWriter } from './zip-file-writer';
export { importApkg, importApkgFile, type ApkgImportOptions } from './anki/import-apkg';
export {
  readAnkiPackage,
  readAnkiPackageFile,
  DEFAULT_ANKI_PACKAGE_LIMITS,
  type AnkiPackage,
  type AnkiPackageLimits,
  type ReadAnkiPackageOptions,
} from './anki/package';
export { fieldHtmlToText, textToFieldHtml } from './anki/field-html';
export { exportDelimited, DELIMITED_COLUMNS, type DelimitedFormat } from './csv/export-delimited';
export { importDelimited, type DelimitedImportOptions } from './csv/import-delimited';
