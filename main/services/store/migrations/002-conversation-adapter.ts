// Migration 2: per-conversation LoRA adapter choice (on/off and scale).
import type { Migration } from './types';

// ADD COLUMN with constant defaults: existing conversations get "adapter on, scale 1", which is
// exactly how every answer was generated before this migration. The runner wraps both statements
// (and the user_version bump) in one transaction, so a failure leaves the file at version 1.
export const conversationAdapter: Migration = {
  version: 2,
  name: 'conversation adapter choice',
  up(db) {
    db.exec(`
      ALTER TABLE conversations
        ADD COLUMN adapter_enabled INTEGER NOT NULL DEFAULT 1 CHECK (adapter_enabled IN (0, 1));
      ALTER TABLE conversations
        ADD COLUMN adapter_scale REAL NOT NULL DEFAULT 1.0 CHECK (adapter_scale >= 0 AND adapter_scale <= 2);
    `);
  },
};
