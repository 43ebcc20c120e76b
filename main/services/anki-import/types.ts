// What an Anki package import reports: counts, warnings, progress phases, and the options it takes.

/** What one import did. Counts are of things added, except `updated` (notes already here, updated in place). */
export interface AnkiImportResult {
  /** Decks that received cards or were created. */
  decks: number;
  /** Notes added. */
  notes: number;
  /** Cards added (to new notes, and for templates an updated note gained). */
  cards: number;
  /** Media files stored (or already stored with the same bytes) that the notes use. */
  media: number;
  /** Review log rows written from the package's review history. */
  reviews: number;
  /** Notes whose GUID was already here: fields and cards updated, this app's review history kept. */
  updated: number;
  /** Everything left out or changed on the way in, each naming what and why. */
  warnings: string[];
  /** Per deck: what the import touched, for the import summary. */
  deckSummaries: ImportedDeck[];
}

export interface ImportedDeck {
  id: number;
  name: string;
  created: boolean;
  /** Cards added to this deck. */
  added: number;
}

/** checking-media: each file hashed and typed; saving-notes: the one transaction; storing-media: files written. */
export type AnkiImportPhase = 'checking-media' | 'saving-notes' | 'storing-media';

export interface AnkiImportProgress {
  phase: AnkiImportPhase;
  done: number;
  total: number;
}

export interface AnkiImportOptions {
  onProgress?: (progress: AnkiImportProgress) => void;
  /** Cancel: honoured until the notes commit (nothing is written then); media writing after the commit finishes. */
  signal?: AbortSignal;
}
