// The remote_servers table: one row per server the user added. The API key is only ever the sealed bytes
// a SecretBox produced; this repository never sees a key in clear.
import type { Database, Statement } from 'better-sqlite3';
import { serverAdapterSchema, type RemoteServerConfig, type ServerAdapter } from '../remote-engine/server-config';

export interface StoredServer {
  config: RemoteServerConfig;
  /** The API key as the SecretBox sealed it; null when the server needs none. */
  sealedApiKey: Buffer | null;
  createdAt: number;
  updatedAt: number;
}

/** What changes an update; `sealedApiKey` undefined keeps the stored key, null removes it. */
export interface ServerUpdate {
  config: RemoteServerConfig;
  sealedApiKey?: Buffer | null;
}

interface ServerRow {
  id: string;
  name: string;
  base_url: string;
  software: RemoteServerConfig['software'];
  model: string | null;
  adapter: string;
  allow_local_network: number;
  api_key_sealed: Buffer | null;
  created_at: number;
  updated_at: number;
}

const COLUMNS =
  'id, name, base_url, software, model, adapter, allow_local_network, api_key_sealed, created_at, updated_at';

export class ServerRepository {
  private readonly now: () => number;
  private readonly listStmt: Statement<[], ServerRow>;
  private readonly getStmt: Statement<[string], ServerRow>;
  private readonly insertStmt: Statement<[Record<string, unknown>]>;
  private readonly updateStmt: Statement<[Record<string, unknown>]>;
  private readonly updateKeyStmt: Statement<[Buffer | null, string]>;
  private readonly resealStmt: Statement<[Buffer, string, Buffer]>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly usersStmt: Statement<[string], { id: number }>;

  constructor(
    private readonly db: Database,
    options: { now?: () => number } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.listStmt = db.prepare(`SELECT ${COLUMNS} FROM remote_servers ORDER BY created_at, id`);
    this.getStmt = db.prepare(`SELECT ${COLUMNS} FROM remote_servers WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO remote_servers (${COLUMNS})
       VALUES (@id, @name, @base_url, @software, @model, @adapter, @allow_local_network, @api_key_sealed,
               @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE remote_servers SET name = @name, base_url = @base_url, software = @software, model = @model,
         adapter = @adapter, allow_local_network = @allow_local_network, updated_at = @now
       WHERE id = @id`,
    );
    this.updateKeyStmt = db.prepare(`UPDATE remote_servers SET api_key_sealed = ? WHERE id = ?`);
    this.resealStmt = db.prepare(`UPDATE remote_servers SET api_key_sealed = ? WHERE id = ? AND api_key_sealed = ?`);
    this.deleteStmt = db.prepare(`DELETE FROM remote_servers WHERE id = ?`);
    // Soft-deleted conversations move too (the foreign key), but only live ones are reported.
    this.usersStmt = db.prepare(`SELECT id FROM conversations WHERE engine = ? AND deleted_at IS NULL ORDER BY id`);
  }

  list(): StoredServer[] {
    return this.listStmt.all().map(toStored);
  }

  get(id: string): StoredServer | null {
    const row = this.getStmt.get(id);
    return row ? toStored(row) : null;
  }

  insert(config: RemoteServerConfig, sealedApiKey: Buffer | null): StoredServer {
    this.insertStmt.run({ ...toParams(config), api_key_sealed: sealedApiKey, now: this.now() });
    return this.get(config.id) as StoredServer;
  }

  /** The updated server, or null when there is no server with this id. */
  update(id: string, update: ServerUpdate): StoredServer | null {
    const write = this.db.transaction((): boolean => {
      const changed = this.updateStmt.run({ ...toParams({ ...update.config, id }), now: this.now() }).changes;
      if (changed === 0) return false;
      if (update.sealedApiKey !== undefined) this.updateKeyStmt.run(update.sealedApiKey, id);
      return true;
    });
    return write() ? this.get(id) : null;
  }

  /**
   * Stores the same key sealed again (the OS rotated its encryption key), only while the row still holds the
   * bytes it was opened from: a key the user replaced meanwhile is kept. Not an edit, so updated_at stays.
   */
  reseal(id: string, from: Buffer, to: Buffer): boolean {
    return this.resealStmt.run(to, id, from).changes > 0;
  }

  /**
   * Deletes the server; its conversations go back to this computer (ON DELETE SET NULL). Returns the ids of
   * the live conversations that moved, or null when there is no server with this id.
   */
  remove(id: string): number[] | null {
    const remove = this.db.transaction((): number[] | null => {
      const moved = this.usersStmt.all(id).map((row) => row.id);
      return this.deleteStmt.run(id).changes === 0 ? null : moved;
    });
    return remove();
  }
}

function toParams(config: RemoteServerConfig): Record<string, unknown> {
  return {
    id: config.id,
    name: config.name,
    base_url: config.baseUrl,
    software: config.software,
    model: config.model,
    adapter: JSON.stringify(config.adapter),
    allow_local_network: config.allowLocalNetwork ? 1 : 0,
  };
}

function toStored(row: ServerRow): StoredServer {
  return {
    config: {
      id: row.id,
      name: row.name,
      baseUrl: row.base_url,
      software: row.software,
      model: row.model,
      adapter: parseAdapter(row.adapter),
      allowLocalNetwork: row.allow_local_network === 1,
    },
    sealedApiKey: row.api_key_sealed,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A stored adapter this build cannot read (written by a newer app) counts as none rather than failing. */
function parseAdapter(json: string): ServerAdapter {
  const parsed = serverAdapterSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : { mode: 'none' };
}
