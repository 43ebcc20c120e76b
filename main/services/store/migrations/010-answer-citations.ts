// Migration 10: an answer may also cite earlier answers of the student's other chats (a setting), so a
// citation is of a card or of an answer. SQLite cannot relax NOT NULL or add a CHECK in place, hence
// the rebuild; every existing citation is kept, as a card's.
import type { Migration } from './types';

export const answerCitations: Migration = {
  version: 10,
  name: 'answer citations',
  up(db) {
    db.exec(`
      CREATE TABLE message_citations_new (
        message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('card', 'answer')),
        -- No foreign keys: a citation outlives what it cites (shown as deleted).
        card_id INTEGER NULL,
        answer_id INTEGER NULL,
        -- A card's deck, or the cited answer's conversation title, when it was used.
        deck_name TEXT NOT NULL,
        -- A card's sides, or the earlier question and its answer, as the model was given them.
        front TEXT NOT NULL,
        back TEXT NOT NULL,
        score REAL NOT NULL,
        -- SHA-256 of what was cited when it was used: an edit since shows as changed.
        card_digest TEXT NOT NULL CHECK (length(card_digest) = 64),
        PRIMARY KEY (message_id, number),
        CHECK ((kind = 'card') = (card_id IS NOT NULL) AND (kind = 'answer') = (answer_id IS NOT NULL))
      ) STRICT, WITHOUT ROWID;
      INSERT INTO message_citations_new (message_id, number, kind, card_id, answer_id, deck_name, front, back, score, card_digest)
        SELECT message_id, number, 'card', card_id, NULL, deck_name, front, back, score, card_digest FROM message_citations;
      DROP TABLE message_citations;
      ALTER TABLE message_citations_new RENAME TO message_citations;
    `);
  },
};
