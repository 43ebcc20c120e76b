// The neutral deck/note model every interchange codec reads and writes (no database types here).

export type InterchangeNoteType = 'basic' | 'cloze';

/**
 * One note as plain text. Basic: front/back. Cloze: front = text with {{cN::answer}} or
 * {{cN::answer::hint}} markers, back = the "Back Extra" field.
 */
export interface InterchangeNote {
  type: InterchangeNoteType;
  front: string;
  back: string;
  tags: string[];
  /** Anki's note guid; kept so re-importing into Anki updates notes instead of duplicating them. */
  guid?: string;
}

/** A deck by full name; "::" separates hierarchy levels as in Anki ("Cardio::Arrhythmias"). */
export interface InterchangeDeck {
  name: string;
  notes: InterchangeNote[];
}

/** What an import produced, plus what it had to leave out and why (shown to the user). */
export interface InterchangeImportResult {
  decks: InterchangeDeck[];
  warnings: string[];
}
