// What an .apkg export carries beyond plain-text decks: note types, notes with every field (Anki HTML),
// their cards with scheduling and review history, and media files. Neutral: no database types here.
import type { InterchangeDeck } from '../../types';

export interface ExportNoteType {
  /** The Anki note type id it was imported from (reused when free, so Anki matches it); null: the app's own. */
  sourceId: number | null;
  name: string;
  kind: 'standard' | 'cloze';
  fields: string[];
  /** In card order: card ord N uses templates[N] (cloze types have one). */
  templates: { name: string; front: string; back: string }[];
  css: string;
  /** Index of the field Anki sorts notes by (its sfld column and sortf). */
  sortField: number;
}

/** A card's FSRS state, as ts-fsrs keeps it (times in epoch ms). */
export interface ExportSchedule {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: number | null;
}

/** One review log: the card as it was before the answer (ts-fsrs's ReviewLog), and the answer. */
export interface ExportReview {
  reviewAt: number;
  /** 1 Again … 4 Easy; 0 a manual change. */
  rating: number;
  state: number;
  scheduledDays: number;
  difficulty: number;
  durationMs: number | null;
}

export interface ExportCard {
  /** Template index, or cloze number − 1. */
  ord: number;
  /** Full deck name ("Medicine::Cardiology"); one of the export's decks. */
  deck: string;
  suspended: boolean;
  buried: boolean;
  schedule: ExportSchedule;
  /** Oldest first. */
  reviews: ExportReview[];
}

export interface ExportNote {
  guid: string;
  /** Index into `noteTypes`. */
  noteType: number;
  /** Field values as Anki HTML (media called by file name), in the note type's field order. */
  fields: string[];
  tags: string[];
  /** Last modified, epoch ms. */
  modifiedAt: number;
  cards: ExportCard[];
}

export interface ExportMediaFile {
  /** The name fields use ("heart.png"); unique within the export. */
  name: string;
  /** The file's bytes, streamed; null when the file is gone. */
  open(): Promise<AsyncIterable<Uint8Array> | null>;
}

export interface AnkiExportContent {
  /** Every deck the export writes, with the plain-text cards (Basic/Cloze) it holds; may be empty of notes. */
  decks: InterchangeDeck[];
  noteTypes: ExportNoteType[];
  notes: ExportNote[];
  media: ExportMediaFile[];
  /** Written into each reviewed card's FSRS memory state ("dr"). */
  desiredRetention: number;
}
