// Migration 9: answers grounded in the student's cards. A conversation remembers "Use my cards"; an
// answer remembers whether it was grounded and which cards it was given (a copy of each, so an old
// answer still shows what it was told after the card is edited or deleted).
import type { Migration } from './types';

export const groundedAnswers: Migration = {
  version: 9,
  name: 'grounded answers',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN use_cards INTEGER NOT NULL DEFAULT 1 CHECK (use_cards IN (0, 1));
      -- NULL: the student's cards were not consulted (turned off, no cards, or a question).
      ALTER TABLE messages ADD COLUMN grounding TEXT NULL CHECK (grounding IN ('grounded', 'ungrounded'));

      CREATE TABLE message_citations (
        message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        -- The number the answer cites it by: [1], [2], …
        number INTEGER NOT NULL CHECK (number >= 1),
        -- No foreign key: the citation outlives the card (shown as deleted).
        card_id INTEGER NOT NULL,
        deck_name TEXT NOT NULL,
        front TEXT NOT NULL,
        back TEXT NOT NULL,
        score REAL NOT NULL,
        -- SHA-256 of the card's stored front and back when it was used: an edit since shows as changed
        -- (a move to another deck or a review does not).
        card_digest TEXT NOT NULL CHECK (length(card_digest) = 64),
        PRIMARY KEY (message_id, number)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
