// Migration 008 (a note type's sort field) on a file written before it: existing note types sort by
// their first field, as Anki's default is, and the column refuses a negative index.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, readUserVersion } from '../../../main/services/store';
import { noteTypeSortField } from '../../../main/services/store/migrations/008-note-type-sort-field';
import { useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();
const BEFORE = MIGRATIONS.findIndex((migration) => migration === noteTypeSortField);

describe('migration 008: note type sort field', () => {
  it('is version 8, right after the migrations before it', () => {
    expect(noteTypeSortField.version).toBe(8);
    expect(BEFORE).toBe(7);
  });

  it('gives note types of a version-7 file sort field 0 and refuses a negative one', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    old
      .prepare(
        `INSERT INTO note_types (name, kind, fields, templates, created_at, updated_at)
         VALUES ('Basic', 'standard', '["Front","Back"]', '[]', 1, 1)`,
      )
      .run();
    old.close();

    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE + 1) }));
    expect(readUserVersion(db)).toBe(8);
    expect(db.prepare('SELECT sort_field FROM note_types').pluck().all()).toEqual([0]);
    expect(() => db.prepare('UPDATE note_types SET sort_field = -1').run()).toThrow(/CHECK constraint/);
    db.prepare('UPDATE note_types SET sort_field = 1').run();
    expect(db.prepare('SELECT sort_field FROM note_types').pluck().get()).toBe(1);
  });
});
