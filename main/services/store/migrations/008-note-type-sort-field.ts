// Migration 8: a note type's sort field (Anki's sortf), which Anki's browser sorts and shows notes by,
// so an export gives it back as it came.
import type { Migration } from './types';

export const noteTypeSortField: Migration = {
  version: 8,
  name: 'note type sort field',
  up(db) {
    db.exec(`ALTER TABLE note_types ADD COLUMN sort_field INTEGER NOT NULL DEFAULT 0 CHECK (sort_field >= 0);`);
  },
};
