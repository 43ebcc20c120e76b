// SQL for notes, note types and the media names notes use; callers own the transactions.
import type { Database, Statement } from 'better-sqlite3';
import type { Clock } from '../../store/types';
import type { CardTemplate } from '../templates';
import {
  NOTE_COLUMNS,
  NOTE_TYPE_COLUMNS,
  sortFieldIn,
  toNote,
  toNoteType,
  type NoteRow,
  type NoteTypeRow,
} from './note-rows';
import type { NoteKind, NoteRecord, NoteTypeRecord } from './types';

export interface NewNoteType {
  name: string;
  kind: NoteKind;
  fields: readonly string[];
  templates: readonly CardTemplate[];
  css: string;
  /** Index of the field Anki sorts by; out of range → 0. */
  sortField?: number;
  sourceId: number | null;
}

export class NoteRepository {
  private readonly now: Clock;
  private readonly insertTypeStmt: Statement<[Record<string, unknown>], NoteTypeRow>;
  private readonly updateTypeStmt: Statement<[Record<string, unknown>]>;
  private readonly getTypeStmt: Statement<[number], NoteTypeRow>;
  private readonly typesBySourceStmt: Statement<[number], NoteTypeRow>;
  private readonly insertNoteStmt: Statement<[Record<string, unknown>], NoteRow>;
  private readonly updateNoteStmt: Statement<[Record<string, unknown>]>;
  private readonly getNoteStmt: Statement<[number], NoteRow>;
  private readonly byGuidStmt: Statement<[string], NoteRow>;
  private readonly tagsStmt: Statement<[number], { tag: string }>;
  private readonly setMediaNameStmt: Statement<[string, string, number]>;
  private readonly mediaNameStmt: Statement<[string], { hash: string }>;

  constructor(db: Database, options: { now?: Clock } = {}) {
    this.now = options.now ?? Date.now;
    this.insertTypeStmt = db.prepare(
      `INSERT INTO note_types (name, kind, fields, templates, css, sort_field, source_id, created_at, updated_at)
       VALUES (@name, @kind, @fields, @templates, @css, @sortField, @sourceId, @now, @now) RETURNING ${NOTE_TYPE_COLUMNS}`,
    );
    this.updateTypeStmt = db.prepare(
      `UPDATE note_types SET name = @name, templates = @templates, css = @css, sort_field = @sortField, updated_at = @now
       WHERE id = @id`,
    );
    this.getTypeStmt = db.prepare(`SELECT ${NOTE_TYPE_COLUMNS} FROM note_types WHERE id = ?`);
    this.typesBySourceStmt = db.prepare(
      `SELECT ${NOTE_TYPE_COLUMNS} FROM note_types WHERE source_id = ? ORDER BY id DESC`,
    );
    this.insertNoteStmt = db.prepare(
      `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at)
       VALUES (@guid, @noteTypeId, @fields, @now, @now) RETURNING ${NOTE_COLUMNS}`,
    );
    this.updateNoteStmt = db.prepare(
      `UPDATE notes SET note_type_id = @noteTypeId, fields = @fields, updated_at = @now WHERE id = @id`,
    );
    this.getNoteStmt = db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`);
    this.byGuidStmt = db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE guid = ?`);
    this.tagsStmt = db.prepare(
      `SELECT DISTINCT t.tag FROM card_tags t JOIN cards c ON c.id = t.card_id
       WHERE c.note_id = ? AND c.deleted_at IS NULL ORDER BY t.tag`,
    );
    this.setMediaNameStmt = db.prepare(
      `INSERT INTO media_names (name, hash, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at`,
    );
    this.mediaNameStmt = db.prepare(`SELECT hash FROM media_names WHERE name = ?`);
  }

  insertType(input: NewNoteType): NoteTypeRecord {
    const row = this.insertTypeStmt.get({
      name: input.name,
      kind: input.kind,
      fields: JSON.stringify(input.fields),
      templates: JSON.stringify(input.templates),
      css: input.css,
      sortField: sortFieldIn(input.sortField, input.fields.length),
      sourceId: input.sourceId,
      now: this.now(),
    });
    if (!row) throw new Error('INSERT … RETURNING produced no row');
    return toNoteType(row);
  }

  /** New templates, name, CSS and sort field for a type whose fields stay the same (a re-import of an edited type). */
  updateType(id: number, input: Pick<NewNoteType, 'name' | 'templates' | 'css' | 'fields' | 'sortField'>): void {
    this.updateTypeStmt.run({
      id,
      name: input.name,
      templates: JSON.stringify(input.templates),
      css: input.css,
      sortField: sortFieldIn(input.sortField, input.fields.length),
      now: this.now(),
    });
  }

  getType(id: number): NoteTypeRecord | null {
    const row = this.getTypeStmt.get(id);
    return row ? toNoteType(row) : null;
  }

  /** Types imported from this Anki note type id, newest first. */
  typesFromSource(sourceId: number): NoteTypeRecord[] {
    return this.typesBySourceStmt.all(sourceId).map(toNoteType);
  }

  insertNote(guid: string, noteTypeId: number, fields: readonly string[]): NoteRecord {
    const row = this.insertNoteStmt.get({ guid, noteTypeId, fields: JSON.stringify(fields), now: this.now() });
    if (!row) throw new Error('INSERT … RETURNING produced no row');
    return toNote(row);
  }

  updateNote(id: number, noteTypeId: number, fields: readonly string[]): void {
    this.updateNoteStmt.run({ id, noteTypeId, fields: JSON.stringify(fields), now: this.now() });
  }

  getNote(id: number): NoteRecord | null {
    const row = this.getNoteStmt.get(id);
    return row ? toNote(row) : null;
  }

  findByGuid(guid: string): NoteRecord | null {
    const row = this.byGuidStmt.get(guid);
    return row ? toNote(row) : null;
  }

  /** The tags of the note's live cards (Anki tags belong to the note; here each card carries them). */
  tagsOf(noteId: number): string[] {
    return this.tagsStmt.all(noteId).map((row) => row.tag);
  }

  /** Records which stored file a media name stands for (the latest import of a name wins, as in Anki). */
  setMediaName(name: string, hash: string): void {
    this.setMediaNameStmt.run(name, hash, this.now());
  }

  /** The hash a media name stands for, or null. */
  mediaHash(name: string): string | null {
    return this.mediaNameStmt.get(name)?.hash ?? null;
  }
}
