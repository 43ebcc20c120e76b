// Migration 3: flashcards (decks, cards with FSRS state, tags, review logs) and full-text search.
import type { Migration } from './types';

// Column names of the FSRS state match ts-fsrs 5's Card and ReviewLog fields one to one (snake_case
// already), with dates stored as epoch milliseconds. Soft delete (deleted_at) backs Undo; the FTS
// triggers keep soft-deleted cards out of the index so a search never has to filter them.
export const flashcards: Migration = {
  version: 3,
  name: 'flashcards',
  up(db) {
    db.exec(`
      CREATE TABLE decks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- Case-folded name (JS toLowerCase, Unicode-aware unlike SQLite's NOCASE) for uniqueness.
        name_key TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER NULL
      ) STRICT;
      CREATE UNIQUE INDEX decks_live_name ON decks (name_key) WHERE deleted_at IS NULL;

      CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        deck_id INTEGER NOT NULL REFERENCES decks (id) ON DELETE CASCADE,
        note_type TEXT NOT NULL CHECK (note_type IN ('basic', 'cloze')),
        front TEXT NOT NULL,
        back TEXT NOT NULL,
        -- Front case-folded with whitespace collapsed: the dedupe key within a deck.
        front_key TEXT NOT NULL,
        source_message_id INTEGER NULL REFERENCES messages (id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER NULL,
        due INTEGER NOT NULL,
        stability REAL NOT NULL DEFAULT 0,
        difficulty REAL NOT NULL DEFAULT 0,
        elapsed_days INTEGER NOT NULL DEFAULT 0,
        scheduled_days INTEGER NOT NULL DEFAULT 0,
        learning_steps INTEGER NOT NULL DEFAULT 0,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
        last_review INTEGER NULL
      ) STRICT;
      -- Due queue per deck and across decks; deck listing (paged by id); counts per deck; dedupe.
      CREATE INDEX cards_due_by_deck ON cards (deck_id, due, id) WHERE deleted_at IS NULL;
      CREATE INDEX cards_due ON cards (due, id) WHERE deleted_at IS NULL;
      CREATE INDEX cards_by_deck ON cards (deck_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX cards_counts ON cards (deck_id, state, due) WHERE deleted_at IS NULL;
      CREATE INDEX cards_front_key ON cards (deck_id, front_key) WHERE deleted_at IS NULL;
      CREATE INDEX cards_deleted ON cards (deck_id, deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX cards_source_message ON cards (source_message_id) WHERE source_message_id IS NOT NULL;

      CREATE TABLE card_tags (
        card_id INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (card_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX card_tags_by_tag ON card_tags (tag, card_id);

      CREATE TABLE review_logs (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
        state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
        due INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        elapsed_days INTEGER NOT NULL,
        last_elapsed_days INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        review_at INTEGER NOT NULL,
        duration_ms INTEGER NULL
      ) STRICT;
      CREATE INDEX review_logs_by_card ON review_logs (card_id, review_at);
      CREATE INDEX review_logs_by_time ON review_logs (review_at);

      -- Cards index: a regular FTS5 table (it keeps its own copy, so snippet() works and tags from
      -- card_tags can be folded in); rowid = card id; only live cards are in it.
      CREATE VIRTUAL TABLE cards_fts USING fts5 (
        front, back, tags,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO cards_fts (rowid, front, back, tags) VALUES (new.id, new.front, new.back, '');
      END;
      CREATE TRIGGER cards_fts_delete AFTER DELETE ON cards BEGIN
        DELETE FROM cards_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER cards_fts_update AFTER UPDATE OF front, back, deleted_at ON cards BEGIN
        DELETE FROM cards_fts WHERE rowid = old.id;
        INSERT INTO cards_fts (rowid, front, back, tags)
          SELECT new.id, new.front, new.back,
                 coalesce((SELECT group_concat(tag, ' ') FROM card_tags WHERE card_id = new.id), '')
          WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER card_tags_fts_insert AFTER INSERT ON card_tags BEGIN
        UPDATE cards_fts SET tags = (SELECT group_concat(tag, ' ') FROM card_tags WHERE card_id = new.card_id)
          WHERE rowid = new.card_id;
      END;
      CREATE TRIGGER card_tags_fts_delete AFTER DELETE ON card_tags BEGIN
        UPDATE cards_fts
          SET tags = coalesce((SELECT group_concat(tag, ' ') FROM card_tags WHERE card_id = old.card_id), '')
          WHERE rowid = old.card_id;
      END;

      -- Chat history index: external content over messages (no copy of the text). Answers still
      -- streaming are left out until they finish, so each streamed delta does not re-index.
      CREATE VIRTUAL TABLE messages_fts USING fts5 (
        content, content = 'messages', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.status <> 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.status <> 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
          SELECT 'delete', old.id, old.content WHERE old.status <> 'streaming';
        INSERT INTO messages_fts (rowid, content)
          SELECT new.id, new.content WHERE new.status <> 'streaming';
      END;
      -- Messages written before this migration become searchable now.
      INSERT INTO messages_fts (rowid, content) SELECT id, content FROM messages WHERE status <> 'streaming';
    `);
  },
};
