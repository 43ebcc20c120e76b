// Migration 11: the classroom/department servers the user added (an optional remote engine).
import type { Migration } from './types';

// The API key is stored only as the bytes the operating system's secret storage returned (Electron's
// safeStorage): they can be read back on this computer, by this user, and nowhere else.
export const remoteServers: Migration = {
  version: 11,
  name: 'remote servers',
  up(db) {
    db.exec(`
      CREATE TABLE remote_servers (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        base_url TEXT NOT NULL CHECK (length(base_url) BETWEEN 1 AND 2048),
        software TEXT NOT NULL CHECK (software IN ('llama-server', 'vllm', 'ollama', 'other')),
        model TEXT NULL,
        -- How the adapter is selected there, as JSON ({"mode":"none"}, {"mode":"llama-server-lora","id":0}, …).
        adapter TEXT NOT NULL CHECK (json_valid(adapter)),
        allow_local_network INTEGER NOT NULL DEFAULT 0 CHECK (allow_local_network IN (0, 1)),
        api_key_sealed BLOB NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
