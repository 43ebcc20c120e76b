// Everything read from one Anki package (.apkg/.colpkg, any version), independent of its format.

/** How the package was stored: 1 collection.anki2, 2 collection.anki21 (both legacy), 3 collection.anki21b. */
export interface AnkiPackageFormat {
  version: 1 | 2 | 3;
  collectionFile: 'collection.anki2' | 'collection.anki21' | 'collection.anki21b';
  /** col.ver of the collection: 11 for legacy packages, 18 for current ones. */
  schemaVersion: number;
}

export interface AnkiTemplate {
  name: string;
  /** Question and answer templates, as written in Anki ("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"). */
  qfmt: string;
  afmt: string;
}

export interface AnkiNoteType {
  id: number;
  name: string;
  kind: 'standard' | 'cloze';
  /** Field names in field order; a note's `fields` follow the same order. */
  fieldNames: string[];
  /** Templates in card order: card ord N uses templates[N] (cloze types have one, used by every card). */
  templates: AnkiTemplate[];
  css: string;
  sortFieldIndex: number;
}

export interface AnkiNote {
  id: number;
  guid: string;
  noteTypeId: number;
  /** Every field's value as Anki stores it (HTML). */
  fields: string[];
  tags: string[];
  /** Last modified, epoch seconds. */
  mtime: number;
}

/** Anki card queues that are not ordinary scheduling states. */
export const ANKI_QUEUE = { suspended: -1, siblingBuried: -2, manuallyBuried: -3 } as const;

export interface AnkiCard {
  id: number;
  noteId: number;
  /** Template ordinal (standard types) or cloze number − 1 (cloze types). */
  ord: number;
  /** The card's own deck; a card sitting in a filtered deck is given its home deck. */
  deckId: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  type: number;
  /** 0 new, 1 learning, 2 review, 3 day-learning, 4 preview; −1 suspended, −2/−3 buried. */
  queue: number;
  /** New: position; review: day number since collection creation; learning: epoch seconds. */
  due: number;
  /** Interval in days (negative: seconds, for learning cards). */
  ivl: number;
  /** Ease factor in permille (2500 = 250%). */
  factor: number;
  reps: number;
  lapses: number;
  /** Learning steps left (Anki's encoding). */
  left: number;
  flags: number;
  /** Last modified, epoch seconds. */
  mtime: number;
}

export interface AnkiDeck {
  id: number;
  /** Full name with "::" between levels ("Medicine::Cardiology"). */
  name: string;
  filtered: boolean;
}

export interface AnkiReview {
  /** Review time in epoch milliseconds (Anki's revlog id). */
  id: number;
  cardId: number;
  /** 1 again, 2 hard, 3 good, 4 easy (0: manual reschedule). */
  ease: number;
  /** New and previous interval: days when positive, seconds when negative. */
  ivl: number;
  lastIvl: number;
  factor: number;
  /** Time spent answering, milliseconds. */
  time: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled. */
  type: number;
}

export interface AnkiMediaFile {
  /** The file name fields refer to ("heart.png", "[sound:beat.mp3]" → "beat.mp3"). */
  name: string;
  /** Size and sha1 (hex) as the package declares them; current packages have both, legacy ones neither. */
  declaredSize: number | undefined;
  sha1: string | undefined;
  /** Unpacks the file (checked against the declared size/sha1 and the size caps); throws when damaged. */
  read(): Uint8Array;
  /**
   * The same as a stream of chunks, so that a large file is never held whole. The checks end
   * the stream: it throws after the last chunk when the bytes do not match what the package
   * declares, so a consumer must treat what it wrote as void until the stream has finished.
   */
  stream(): AsyncIterable<Uint8Array>;
}

export interface AnkiPackage {
  format: AnkiPackageFormat;
  noteTypes: AnkiNoteType[];
  /** Ordered by id (creation time). */
  notes: AnkiNote[];
  /** Ordered by id. */
  cards: AnkiCard[];
  decks: AnkiDeck[];
  /** Ordered by id (review time). */
  revlog: AnkiReview[];
  /** In package order. */
  media: AnkiMediaFile[];
  /** Non-fatal oddities found while reading (a media file listed but absent, …). */
  warnings: string[];
}
