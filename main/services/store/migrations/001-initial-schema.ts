// Migration 1: conversations, messages and settings.
import type { Migration } from './types';

// STRICT tables make SQLite reject wrongly typed values instead of silently storing them.
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER NULL
      ) STRICT;

      -- The sidebar lists live conversations by recency; purge scans deleted ones.
      CREATE INDEX conversations_live_by_recency
        ON conversations (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX conversations_deleted
        ON conversations (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        content TEXT NOT NULL,
        status TEXT NOT NULL
          CHECK (status IN ('complete', 'streaming', 'stopped', 'failed', 'interrupted')),
        model_name TEXT NULL,
        profile TEXT NULL,
        tokens INTEGER NULL,
        tokens_per_second REAL NULL,
        error TEXT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
      -- Start-up recovery looks for answers left streaming; this keeps that lookup instant.
      CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming';

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
