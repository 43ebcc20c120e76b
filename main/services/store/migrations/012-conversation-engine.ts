// Migration 12: which engine answers a conversation: NULL = this computer's model, else a remote server.
import type { Migration } from './types';

// ON DELETE SET NULL: removing a server hands its conversations back to this computer in the same
// statement, so no conversation can point at a server that is gone. Existing conversations stay local.
export const conversationEngine: Migration = {
  version: 12,
  name: 'conversation engine',
  up(db) {
    db.exec(`
      ALTER TABLE conversations
        ADD COLUMN engine TEXT NULL REFERENCES remote_servers (id) ON DELETE SET NULL;
      CREATE INDEX conversations_by_engine ON conversations (engine) WHERE engine IS NOT NULL;
    `);
  },
};
