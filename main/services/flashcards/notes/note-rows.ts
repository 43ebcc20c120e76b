// Raw note / note type rows and their mapping (JSON columns parsed and checked).
import type { CardTemplate } from '../templates';
import type { NoteKind, NoteRecord, NoteTypeRecord } from './types';

export interface NoteTypeRow {
  id: number;
  name: string;
  kind: string;
  fields: string;
  templates: string;
  css: string;
  sort_field: number;
  source_id: number | null;
}

export interface NoteRow {
  id: number;
  guid: string;
  note_type_id: number;
  fields: string;
  created_at: number;
  updated_at: number;
}

export const NOTE_TYPE_COLUMNS = 'id, name, kind, fields, templates, css, sort_field, source_id';
export const NOTE_COLUMNS = 'id, guid, note_type_id, fields, created_at, updated_at';

function stringArray(json: string, what: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${what} is not a list of strings`);
  }
  return value;
}

function templateArray(json: string): CardTemplate[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('note type templates are not a list');
  return value.map((item: unknown) => {
    const t = item as Partial<CardTemplate> | null;
    if (typeof t?.name !== 'string' || typeof t.front !== 'string' || typeof t.back !== 'string') {
      throw new Error('a note type template lacks its name, front or back');
    }
    return { name: t.name, front: t.front, back: t.back };
  });
}

/** A sort field index that names one of `fieldCount` fields; anything else (absent, out of range) → 0. */
export function sortFieldIn(index: number | undefined, fieldCount: number): number {
  return Number.isSafeInteger(index) && index! >= 0 && index! < fieldCount ? index! : 0;
}

export function toNoteType(row: NoteTypeRow): NoteTypeRecord {
  return {
    id: row.id,
    name: row.name,
    // The CHECK constraint guarantees the kind.
    kind: row.kind as NoteKind,
    fields: stringArray(row.fields, `note type ${row.id}'s fields`),
    templates: templateArray(row.templates),
    css: row.css,
    sortField: row.sort_field,
    sourceId: row.source_id,
  };
}

export function toNote(row: NoteRow): NoteRecord {
  return {
    id: row.id,
    guid: row.guid,
    noteTypeId: row.note_type_id,
    fields: stringArray(row.fields, `note ${row.id}'s fields`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
