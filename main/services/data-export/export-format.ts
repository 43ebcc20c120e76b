// The "Export all my data" JSON format: everything the user has, with epoch-millisecond times.
// Version 2 added imported Anki notes: noteTypes, notes, mediaNames and media (the files themselves are in
// decks.apkg, under the names mediaNames gives them), and the note columns of cards (noteId, templateOrd,
// contentFormat, suspended, buriedUntil). Version 3 added conversations' engine (null = this computer, else a
// server id) and remoteServers (without their API keys). Each version only adds: an older file reads as the
// current shape with the missing parts empty (read-export.ts).
export const EXPORT_FORMAT_VERSION = 3;

/** Every version this app can read back, oldest first. */
export const READABLE_EXPORT_FORMAT_VERSIONS: readonly number[] = [1, 2, 3];

/** A database row with its snake_case columns renamed to camelCase. */
export type ExportedRow = Record<string, unknown>;

export interface ExportedConversation extends ExportedRow {
  messages: ExportedRow[];
}

export interface ExportedDeck extends ExportedRow {
  cards: ExportedCard[];
}

export interface ExportedCard extends ExportedRow {
  tags: string[];
  /** The card's FSRS state (ts-fsrs Card fields). */
  scheduling: ExportedRow;
}

export interface ExportedData {
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  app: { name: string; version: string };
  /** ISO-8601 time of the export. */
  exportedAt: string;
  /** The database schema version the data was read from. */
  schemaVersion: number;
  counts: {
    conversations: number;
    messages: number;
    decks: number;
    cards: number;
    reviewLogs: number;
    settings: number;
    evaluationRuns: number;
    noteTypes: number;
    notes: number;
    /** Stored media files (images, audio) the notes use. */
    media: number;
  };
  /** Setting key → stored JSON value. */
  settings: Record<string, unknown>;
  conversations: ExportedConversation[];
  decks: ExportedDeck[];
  reviewLogs: ExportedRow[];
  evaluationRuns: ExportedRow[];
  /** Note types: fields (names) and templates ({name, front, back}) as JSON, css, sourceId (Anki's id). */
  noteTypes: ExportedRow[];
  /** Notes: guid, noteTypeId, fields (HTML values in the note type's field order). */
  notes: ExportedRow[];
  /** The file name notes call a media file by → its SHA-256 (the file is in decks.apkg under that name). */
  mediaNames: ExportedRow[];
  /** Stored media files: hash (SHA-256), mime type, size in bytes. */
  media: ExportedRow[];
  /** Servers from Settings: name, baseUrl, software, model, adapter, hasApiKey (never the key itself). */
  remoteServers: ExportedRow[];
}
