// Migration 5: stored perplexity evaluation runs (base or base + adapter on one data file).
import type { Migration } from './types';

// One row per finished run; nothing refers to it, so deleting a row is a plain DELETE. Paths are
// kept as the user chose them (runs stay listed when a file later moves); data_sha256 pairs runs
// made on the same data. Perplexities are exp(mean NLL) ≥ 1 in exact arithmetic; > 0 here.
export const evaluations: Migration = {
  version: 5,
  name: 'evaluation runs',
  up(db) {
    db.exec(`
      CREATE TABLE evaluation_runs (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        variant TEXT NOT NULL CHECK (variant IN ('base', 'adapter')),
        model_name TEXT NOT NULL,
        model_path TEXT NOT NULL,
        adapter_path TEXT NULL,
        adapter_scale REAL NULL CHECK (adapter_scale IS NULL OR adapter_scale >= 0),
        data_path TEXT NOT NULL,
        data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
        items INTEGER NOT NULL CHECK (items > 0),
        seconds REAL NOT NULL CHECK (seconds >= 0),
        tokens_per_second REAL NOT NULL CHECK (tokens_per_second >= 0),
        answer_perplexity REAL NOT NULL CHECK (answer_perplexity > 0),
        sequence_perplexity REAL NOT NULL CHECK (sequence_perplexity > 0),
        answer_tokens INTEGER NOT NULL CHECK (answer_tokens > 0),
        sequence_tokens INTEGER NOT NULL CHECK (sequence_tokens > 0),
        CHECK ((variant = 'base') = (adapter_path IS NULL)),
        CHECK ((adapter_path IS NULL) = (adapter_scale IS NULL))
      ) STRICT;
      CREATE INDEX evaluation_runs_created ON evaluation_runs (created_at DESC, id DESC);
    `);
  },
};
