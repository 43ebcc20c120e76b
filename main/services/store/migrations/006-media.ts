// Migration 6: the media files the app stores content-addressed (images and audio of imported decks).
import type { Migration } from './types';

// One row per distinct file, keyed by the SHA-256 of its bytes (also its file name on disk). The MIME
// type is the one sniffed from the bytes when the file was stored, never the name's extension.
// Which notes use a file lives in their HTML (app://media/<hash>), so nothing here refers to notes.
export const media: Migration = {
  version: 6,
  name: 'media files',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (length(mime) > 0),
        size INTEGER NOT NULL CHECK (size > 0),
        created_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
