// Note types and decks of a schema 15+ collection: the notetypes, fields, templates and decks
// tables, with protobuf config blobs (their "unicase" collation is handled by anki-collation.ts).
import type { Database } from 'better-sqlite3';
import { decodeDeckIsFiltered, decodeNotetypeConfig, decodeOrExplain, decodeTemplateConfig } from './anki-protos';
import { blobValue, intValue, textValue } from './row-values';
import type { AnkiDeck, AnkiNoteType, AnkiTemplate } from './types';

/** Native deck names separate levels with 0x1f; people (and legacy packages) write "::". */
const NATIVE_DECK_SEPARATOR = '\x1f';

function groupByNoteType<T>(rows: Record<string, unknown>[], label: string, map: (row: Record<string, unknown>) => T) {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const ntid = intValue(row.ntid, 'ntid', label);
    const list = groups.get(ntid) ?? [];
    list.push(map(row));
    groups.set(ntid, list);
  }
  return groups;
}

function readNoteTypes(db: Database, label: string): AnkiNoteType[] {
  const fieldRows = db.prepare('SELECT ntid, ord, name FROM fields ORDER BY ntid, ord').all();
  const fields = groupByNoteType(fieldRows as Record<string, unknown>[], label, (row) => textValue(row.name));
  const templateRows = db.prepare('SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord').all();
  const templates = groupByNoteType(templateRows as Record<string, unknown>[], label, (row): AnkiTemplate => {
    const name = textValue(row.name);
    const config = decodeOrExplain(`${label}: the config of template "${name}"`, () =>
      decodeTemplateConfig(blobValue(row.config)),
    );
    return { name, ...config };
  });
  const rows = db.prepare('SELECT id, name, config FROM notetypes ORDER BY id').all() as Record<string, unknown>[];
  return rows.map((row) => {
    const id = intValue(row.id, 'notetypes.id', label);
    const name = textValue(row.name);
    const config = decodeOrExplain(`${label}: the config of note type "${name}"`, () =>
      decodeNotetypeConfig(blobValue(row.config)),
    );
    return {
      id,
      name,
      kind: config.kind === 1 ? 'cloze' : 'standard',
      fieldNames: fields.get(id) ?? [],
      templates: templates.get(id) ?? [],
      css: config.css,
      sortFieldIndex: config.sortFieldIndex,
    };
  });
}

function readDecks(db: Database, label: string): AnkiDeck[] {
  const rows = db.prepare('SELECT id, name, kind FROM decks ORDER BY id').all() as Record<string, unknown>[];
  return rows.map((row) => {
    const name = textValue(row.name).split(NATIVE_DECK_SEPARATOR).join('::');
    const filtered = decodeOrExplain(`${label}: the kind of deck "${name}"`, () =>
      decodeDeckIsFiltered(blobValue(row.kind)),
    );
    return { id: intValue(row.id, 'decks.id', label), name, filtered };
  });
}

/** Reads note types (with fields and templates in order) and decks. */
export function readTypesFromTables(db: Database, label: string): { noteTypes: AnkiNoteType[]; decks: AnkiDeck[] } {
  return { noteTypes: readNoteTypes(db, label), decks: readDecks(db, label) };
}
