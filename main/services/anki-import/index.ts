// Anki package import (.apkg/.colpkg, every format): notes, note types, cards, review history, media.
export { AnkiImportService, nextDayStart, type AnkiImportDeps } from './anki-import-service';
export { storableDeckName } from './deck-map';
export type { MediaSink } from './store-media';
export type { AnkiImportOptions, AnkiImportPhase, AnkiImportProgress, AnkiImportResult, ImportedDeck } from './types';
