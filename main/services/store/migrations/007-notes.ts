// Migration 7: notes and note types (Anki's model: fields rendered into cards by templates), media
// names, and the card columns imported decks need (HTML content, note link, suspended, buried).
import type { Migration } from './types';

// A note keeps every field as HTML in note-type order; its cards are rendered from the note type's
// templates (question/answer HTML, sanitized) and keep their own FSRS state. Cards without a note are
// the app's plain-text cards and behave as before (content_format 'text', every new column at its default).
// FTS indexes a card's text: for HTML cards the text without tags (front_text/back_text), else front/back.
export const notes: Migration = {
  version: 7,
  name: 'notes and note types',
  up(db) {
    db.exec(`
      CREATE TABLE note_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('standard', 'cloze')),
        -- JSON array of field names, in field order.
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
        -- JSON array of {name, front, back} (Anki's qfmt/afmt), in card order.
        templates TEXT NOT NULL CHECK (json_valid(templates) AND json_type(templates) = 'array'),
        css TEXT NOT NULL DEFAULT '',
        -- The note type's id in the Anki collection it came from: a re-import with the same fields reuses it.
        source_id INTEGER NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX note_types_by_source ON note_types (source_id) WHERE source_id IS NOT NULL;

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        -- Anki's note guid: a re-import of the same note updates it instead of adding a copy.
        guid TEXT NOT NULL UNIQUE CHECK (length(guid) > 0),
        note_type_id INTEGER NOT NULL REFERENCES note_types (id),
        -- JSON array of field values (HTML), in the note type's field order.
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_type ON notes (note_type_id);

      -- The media file a note or template calls by name ("heart.png") -> its stored content (media.hash).
      -- No foreign key: the names are recorded with the notes, and the files are written after they commit.
      CREATE TABLE media_names (
        name TEXT PRIMARY KEY,
        hash TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        updated_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE cards ADD COLUMN note_id INTEGER NULL REFERENCES notes (id) ON DELETE CASCADE;
      -- Template index (standard note types) or cloze number - 1, as Anki's card ord.
      ALTER TABLE cards ADD COLUMN template_ord INTEGER NULL CHECK (template_ord >= 0);
      ALTER TABLE cards ADD COLUMN content_format TEXT NOT NULL DEFAULT 'text'
        CHECK (content_format IN ('text', 'html'));
      ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1));
      -- Epoch ms until which the card stays out of the review queue; NULL = not buried.
      ALTER TABLE cards ADD COLUMN buried_until INTEGER NULL;
      -- Text of an HTML card's sides (tags dropped), for search; NULL for text cards.
      ALTER TABLE cards ADD COLUMN front_text TEXT NULL;
      ALTER TABLE cards ADD COLUMN back_text TEXT NULL;
      CREATE UNIQUE INDEX cards_by_note ON cards (note_id, template_ord) WHERE note_id IS NOT NULL;

      DROP TRIGGER cards_fts_insert;
      DROP TRIGGER cards_fts_update;
      CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO cards_fts (rowid, front, back, tags)
          VALUES (new.id, coalesce(new.front_text, new.front), coalesce(new.back_text, new.back), '');
      END;
      CREATE TRIGGER cards_fts_update AFTER UPDATE OF front, back, front_text, back_text, deleted_at ON cards BEGIN
        DELETE FROM cards_fts WHERE rowid = old.id;
        INSERT INTO cards_fts (rowid, front, back, tags)
          SELECT new.id, coalesce(new.front_text, new.front), coalesce(new.back_text, new.back),
                 coalesce((SELECT group_concat(tag, ' ') FROM card_tags WHERE card_id = new.id), '')
          WHERE new.deleted_at IS NULL;
      END;
    `);
  },
};
