// Notes, cards and review log rows: the same tables and columns in every schema Anki packages use.
import type { Database } from 'better-sqlite3';
import { parseTagString } from '../../tags';
import { intValue, textValue } from './row-values';
import type { AnkiCard, AnkiNote, AnkiReview } from './types';

type Row = Record<string, unknown>;

export function readNotes(db: Database, label: string): AnkiNote[] {
  const rows = db.prepare('SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id').iterate() as Iterable<Row>;
  const notes: AnkiNote[] = [];
  for (const row of rows) {
    notes.push({
      id: intValue(row.id, 'notes.id', label),
      guid: textValue(row.guid),
      noteTypeId: intValue(row.mid, 'notes.mid', label),
      fields: textValue(row.flds).split('\x1f'),
      tags: parseTagString(textValue(row.tags)),
      mtime: intValue(row.mod, 'notes.mod', label),
    });
  }
  return notes;
}

export function readCards(db: Database, label: string): AnkiCard[] {
  const rows = db
    .prepare(
      'SELECT id, nid, did, ord, mod, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags ' +
        'FROM cards ORDER BY id',
    )
    .iterate() as Iterable<Row>;
  const int = (row: Row, column: string) => intValue(row[column], `cards.${column}`, label);
  const cards: AnkiCard[] = [];
  for (const row of rows) {
    // A card in a filtered deck remembers its home deck (odid) and its due there (odue).
    const inFilteredDeck = int(row, 'odid') !== 0;
    cards.push({
      id: int(row, 'id'),
      noteId: int(row, 'nid'),
      ord: int(row, 'ord'),
      deckId: inFilteredDeck ? int(row, 'odid') : int(row, 'did'),
      type: int(row, 'type'),
      queue: int(row, 'queue'),
      due: inFilteredDeck ? int(row, 'odue') : int(row, 'due'),
      ivl: int(row, 'ivl'),
      factor: int(row, 'factor'),
      reps: int(row, 'reps'),
      lapses: int(row, 'lapses'),
      left: int(row, 'left'),
      flags: int(row, 'flags'),
      mtime: int(row, 'mod'),
    });
  }
  return cards;
}

export function readRevlog(db: Database, label: string): AnkiReview[] {
  const rows = db
    .prepare('SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id')
    .iterate() as Iterable<Row>;
  const int = (row: Row, column: string) => intValue(row[column], `revlog.${column}`, label);
  const reviews: AnkiReview[] = [];
  for (const row of rows) {
    reviews.push({
      id: int(row, 'id'),
      cardId: int(row, 'cid'),
      ease: int(row, 'ease'),
      ivl: int(row, 'ivl'),
      lastIvl: int(row, 'lastIvl'),
      factor: int(row, 'factor'),
      time: int(row, 'time'),
      type: int(row, 'type'),
    });
  }
  return reviews;
}
