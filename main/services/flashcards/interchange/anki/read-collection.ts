// Reads notes, cards, note types and decks out of a schema 11 Anki collection (SQLite bytes).
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { InterchangeFormatError } from '../errors';

export interface AnkiModelInfo {
  name: string;
  /** 0 standard, 1 cloze. */
  type: number;
  fieldNames: string[];
}

export interface AnkiNoteRow {
  id: number;
  guid: string;
  mid: number;
  tags: string;
  flds: string;
}

export interface AnkiCollectionContent {
  models: Map<number, AnkiModelInfo>;
  decks: Map<number, { name: string; dyn: boolean }>;
  notes: AnkiNoteRow[];
  /** Each note's deck: the deck of its first card (lowest ord). */
  noteDecks: Map<number, number>;
}

function parseJsonObject(text: unknown, what: string, label: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(String(text));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new InterchangeFormatError(`${label}: col.${what} is not a JSON object`);
}

function readModels(raw: Record<string, unknown>): Map<number, AnkiModelInfo> {
  const models = new Map<number, AnkiModelInfo>();
  for (const [key, value] of Object.entries(raw)) {
    if (!value || typeof value !== 'object') continue;
    const m = value as { name?: unknown; type?: unknown; flds?: unknown };
    const flds = Array.isArray(m.flds) ? (m.flds as { name?: unknown; ord?: unknown }[]) : [];
    const fieldNames = [...flds]
      .sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0))
      .map((f) => String(f.name ?? ''));
    models.set(Number(key), { name: String(m.name ?? key), type: Number(m.type ?? 0), fieldNames });
  }
  return models;
}

function readDecks(raw: Record<string, unknown>): Map<number, { name: string; dyn: boolean }> {
  const decks = new Map<number, { name: string; dyn: boolean }>();
  for (const [key, value] of Object.entries(raw)) {
    if (!value || typeof value !== 'object') continue;
    const d = value as { name?: unknown; dyn?: unknown };
    decks.set(Number(key), { name: String(d.name ?? key), dyn: Boolean(d.dyn) });
  }
  return decks;
}

function readAll(db: Database, label: string): AnkiCollectionContent {
  const col = db.prepare('SELECT ver, models, decks FROM col LIMIT 1').get() as
    { ver: number; models: string; decks: string } | undefined;
  if (!col) throw new InterchangeFormatError(`${label} has no collection row (table col is empty)`);
  if (String(col.models).trim() === '' || String(col.models) === '{}') {
    throw new InterchangeFormatError(
      `${label} (schema ${col.ver}) keeps note types in a format this app does not read; ` +
        'export again from Anki with "Support older Anki versions" ticked',
    );
  }
  const models = readModels(parseJsonObject(col.models, 'models', label));
  const decks = readDecks(parseJsonObject(col.decks, 'decks', label));
  const notes = db.prepare('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id').all() as AnkiNoteRow[];
  const noteDecks = new Map<number, number>();
  const cards = db.prepare('SELECT nid, did, odid FROM cards ORDER BY nid, ord').all() as {
    nid: number;
    did: number;
    odid: number;
  }[];
  for (const card of cards) {
    // A card sitting in a filtered deck belongs to its original deck (odid).
    if (!noteDecks.has(card.nid)) noteDecks.set(card.nid, card.odid ? card.odid : card.did);
  }
  return { models, decks, notes, noteDecks };
}

/**
 * A copy of the bytes marked as a rollback-journal database. A file saved in WAL mode (header
 * bytes 18/19 = 2) cannot be opened from memory, and a lone file has no WAL to replay anyway.
 */
function asRollbackJournal(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length > 19 && copy[18] === 2 && copy[19] === 2) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return copy;
}

/** Opens SQLite bytes read-only in memory and reads them; corrupt files give a clear error. */
export function readAnkiCollection(bytes: Uint8Array, label: string): AnkiCollectionContent {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(asRollbackJournal(bytes), { readonly: true });
    return readAll(db, label);
  } catch (error) {
    if (error instanceof InterchangeFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InterchangeFormatError(`${label} is not a readable Anki collection (${reason})`, { cause: error });
  } finally {
    db?.close();
  }
}
