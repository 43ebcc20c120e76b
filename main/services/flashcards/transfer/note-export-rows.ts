// Reads what an .apkg export needs of the notes behind the chosen deck(s): their live cards with deck,
// suspended/buried state and FSRS schedule, the notes and note types, tags and review logs. One deck
// (deckId) exports the cards in it and their notes; null exports every deck.
import type { Database } from 'better-sqlite3';
import { NOTE_TYPE_COLUMNS, toNoteType, type NoteTypeRow } from '../notes/note-rows';
import type { NoteTypeRecord } from '../notes';

export interface NoteCardRow {
  id: number;
  note_id: number;
  template_ord: number;
  suspended: number;
  buried_until: number | null;
  deck_name: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
}

export interface ExportNoteRow {
  id: number;
  guid: string;
  note_type_id: number;
  fields: string;
  updated_at: number;
}

export interface ReviewRow {
  card_id: number;
  rating: number;
  state: number;
  scheduled_days: number;
  difficulty: number;
  review_at: number;
  duration_ms: number | null;
}

/** Live cards made from notes, in live decks, optionally of one deck. */
const CARDS_WHERE = `c.note_id IS NOT NULL AND c.deleted_at IS NULL AND d.deleted_at IS NULL
  AND (@deckId IS NULL OR c.deck_id = @deckId)`;

const SQL = {
  cards: `SELECT c.id, c.note_id, c.template_ord, c.suspended, c.buried_until, d.name AS deck_name, c.due,
      c.stability, c.difficulty, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.state, c.last_review
    FROM cards c JOIN decks d ON d.id = c.deck_id WHERE ${CARDS_WHERE} ORDER BY c.note_id, c.template_ord`,
  notes: `SELECT n.id, n.guid, n.note_type_id, n.fields, n.updated_at FROM notes n
    WHERE n.id IN (SELECT c.note_id FROM cards c JOIN decks d ON d.id = c.deck_id WHERE ${CARDS_WHERE})
    ORDER BY n.id`,
  types: `SELECT ${NOTE_TYPE_COLUMNS} FROM note_types WHERE id IN (SELECT n.note_type_id FROM notes n
      WHERE n.id IN (SELECT c.note_id FROM cards c JOIN decks d ON d.id = c.deck_id WHERE ${CARDS_WHERE}))
    ORDER BY id`,
  tags: `SELECT c.note_id, t.tag FROM card_tags t JOIN cards c ON c.id = t.card_id JOIN decks d ON d.id = c.deck_id
    WHERE ${CARDS_WHERE} ORDER BY c.note_id, t.tag`,
  reviews: `SELECT r.card_id, r.rating, r.state, r.scheduled_days, r.difficulty, r.review_at, r.duration_ms
    FROM review_logs r JOIN cards c ON c.id = r.card_id JOIN decks d ON d.id = c.deck_id
    WHERE ${CARDS_WHERE} ORDER BY r.card_id, r.review_at, r.id`,
  mediaNames: `SELECT name, hash FROM media_names ORDER BY name`,
} as const;

export interface NoteExportRows {
  types: NoteTypeRecord[];
  notes: ExportNoteRow[];
  cardsByNote: Map<number, NoteCardRow[]>;
  tagsByNote: Map<number, string[]>;
  reviewsByCard: Map<number, ReviewRow[]>;
  /** Every media name → hash the notes were imported with (names sorted). */
  mediaNames: Array<{ name: string; hash: string }>;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Everything in one read transaction, so cards, notes and logs describe the same moment. */
export function readNoteExportRows(db: Database, deckId: number | null): NoteExportRows {
  return db.transaction((): NoteExportRows => {
    const params = { deckId };
    const cards = db.prepare(SQL.cards).all(params) as NoteCardRow[];
    const tags = db.prepare(SQL.tags).all(params) as Array<{ note_id: number; tag: string }>;
    const tagsByNote = new Map<number, string[]>();
    for (const { note_id, tag } of tags) {
      const list = tagsByNote.get(note_id) ?? [];
      // A note's tags are the union of its cards' (each card carries the note's tags here).
      if (!list.includes(tag)) list.push(tag);
      tagsByNote.set(note_id, list);
    }
    return {
      types: (db.prepare(SQL.types).all(params) as NoteTypeRow[]).map(toNoteType),
      notes: db.prepare(SQL.notes).all(params) as ExportNoteRow[],
      cardsByNote: groupBy(cards, (card) => card.note_id),
      tagsByNote,
      reviewsByCard: groupBy(db.prepare(SQL.reviews).all(params) as ReviewRow[], (review) => review.card_id),
      mediaNames: db.prepare(SQL.mediaNames).all() as Array<{ name: string; hash: string }>,
    };
  })();
}
