// The "Export all my data" JSON format (formatVersion 1): everything the user has, with epoch-millisecond times.
export const EXPORT_FORMAT_VERSION = 1;

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
  };
  /** Setting key → stored JSON value. */
  settings: Record<string, unknown>;
  conversations: ExportedConversation[];
  decks: ExportedDeck[];
  reviewLogs: ExportedRow[];
  evaluationRuns: ExportedRow[];
}
