// Migration 4: "ask anyway" remembered per conversation, and the safety notices shown above an answer.
import type { Migration } from './types';

// Constant defaults keep every existing row valid: old conversations have no override (the scope
// guard applies to them as to new ones) and old answers carry no notices. json_valid keeps a bad
// write from storing something the app could not read back; json_type pins it to an array.
export const scopeOverrideAndNotices: Migration = {
  version: 4,
  name: 'scope override and safety notices',
  up(db) {
    db.exec(`
      ALTER TABLE conversations
        ADD COLUMN scope_override INTEGER NOT NULL DEFAULT 0 CHECK (scope_override IN (0, 1));
      ALTER TABLE messages
        ADD COLUMN notices TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(notices) AND json_type(notices) = 'array');
    `);
  },
};
