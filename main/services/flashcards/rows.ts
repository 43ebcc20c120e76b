// Raw deck/card rows as SQLite returns them, and their mapping to the public types.
import type { Card, CardFormat, CardState, Deck, DeckSummary, NoteType } from './types';

export interface DeckRow {
  id: number;
  name: string;
  created_at: number;
  updated_at: number;
}

export interface DeckSummaryRow extends DeckRow {
  total: number;
  due: number;
  new: number;
}

export interface CardRow {
  id: number;
  deck_id: number;
  note_type: string;
  content_format: string;
  front: string;
  back: string;
  source_message_id: number | null;
  note_id: number | null;
  suspended: number;
  created_at: number;
  updated_at: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
}

export const DECK_COLUMNS = 'id, name, created_at, updated_at';

export const CARD_COLUMNS =
  'id, deck_id, note_type, content_format, front, back, source_message_id, note_id, suspended, created_at, ' +
  'updated_at, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, ' +
  'last_review';

/** CARD_COLUMNS qualified with a table alias, for joins. */
export function cardColumns(alias: string): string {
  return CARD_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

export function toDeck(row: DeckRow): Deck {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function toDeckSummary(row: DeckSummaryRow): DeckSummary {
  return { ...toDeck(row), total: row.total, due: row.due, new: row.new };
}

export function toCard(row: CardRow, tags: string[]): Card {
  return {
    id: row.id,
    deckId: row.deck_id,
    // CHECK constraints in the schema guarantee these values.
    noteType: row.note_type as NoteType,
    format: row.content_format as CardFormat,
    front: row.front,
    back: row.back,
    tags,
    sourceMessageId: row.source_message_id,
    noteId: row.note_id,
    suspended: row.suspended === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardState,
    lastReview: row.last_review,
  };
}
