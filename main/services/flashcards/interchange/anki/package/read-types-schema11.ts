// Note types and decks of a schema 11 collection: JSON objects in col.models and col.decks.
import type { Database } from 'better-sqlite3';
import { InterchangeFormatError } from '../../errors';
import { textValue } from './row-values';
import type { AnkiDeck, AnkiNoteType, AnkiTemplate } from './types';

function parseJsonObject(text: string, column: string, label: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new InterchangeFormatError(`${label}: col.${column} is not a JSON object`);
}

function byOrd<T extends { ord?: unknown }>(items: unknown): T[] {
  return (Array.isArray(items) ? (items as T[]) : [])
    .filter((item) => item && typeof item === 'object')
    .sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0));
}

function noteTypeFromJson(key: string, value: unknown): AnkiNoteType | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  const templates: AnkiTemplate[] = byOrd<{ ord?: unknown; name?: unknown; qfmt?: unknown; afmt?: unknown }>(
    m.tmpls,
  ).map((t) => ({
    name: String(t.name ?? ''),
    qfmt: String(t.qfmt ?? ''),
    afmt: String(t.afmt ?? ''),
  }));
  return {
    id: Number(key),
    name: String(m.name ?? key),
    kind: Number(m.type ?? 0) === 1 ? 'cloze' : 'standard',
    fieldNames: byOrd<{ ord?: unknown; name?: unknown }>(m.flds).map((f) => String(f.name ?? '')),
    templates,
    css: String(m.css ?? ''),
    sortFieldIndex: Number(m.sortf ?? 0) || 0,
  };
}

/** Reads col.models and col.decks (an empty package may have no note types). */
export function readTypesFromColJson(db: Database, label: string): { noteTypes: AnkiNoteType[]; decks: AnkiDeck[] } {
  const col = db.prepare('SELECT models, decks FROM col LIMIT 1').get() as Record<string, unknown>;
  const noteTypes = Object.entries(parseJsonObject(textValue(col.models), 'models', label))
    .map(([key, value]) => noteTypeFromJson(key, value))
    .filter((type): type is AnkiNoteType => type !== undefined && Number.isFinite(type.id))
    .sort((a, b) => a.id - b.id);
  const decks: AnkiDeck[] = Object.entries(parseJsonObject(textValue(col.decks), 'decks', label))
    .filter(([key, value]) => value && typeof value === 'object' && Number.isFinite(Number(key)))
    .map(([key, value]) => {
      const d = value as { name?: unknown; dyn?: unknown };
      return { id: Number(key), name: String(d.name ?? key), filtered: Boolean(d.dyn) };
    })
    .sort((a, b) => a.id - b.id);
  return { noteTypes, decks };
}
