// The servers in Settings: add, edit, remove, test, and the engine each one answers with. API keys go
// through the SecretBox (the OS's encryption) before they reach the database and are opened only when a
// server's engine first sends a request; no key is ever returned, logged or put into a message.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../preload/contract/envelope';
import type {
  EngineStatus,
  RemoteServerView,
  ServerHealth,
  ServerList,
  ServerSettings,
} from '../../../preload/contract/features/servers';
import type { EngineHealth } from '../engine/engine';
import type { RemoteEngineSource } from '../engine/engine-router';
import type { EventSink } from '../events';
import type { RemoteEngineOptions } from '../remote-engine/remote-engine';
import type { OpenedSecret, SecretBox } from '../remote-engine/secret-box';
import { remoteServerConfigSchema, type RemoteServerConfig } from '../remote-engine/server-config';
import { CountedEngine } from './counted-engine';
import { KeyedEngine } from './keyed-engine';
import { ServerRepository, type StoredServer } from './server-repository';

export const NO_KEY_STORAGE_MESSAGE =
  'This computer offers the app no protected place for secrets (on Linux a keyring such as GNOME Keyring or ' +
  'KWallet must be running), so API keys are not stored. Use the server without a key, or ask from the command ' +
  'line with --api-key-env.';

export interface RemoteServersOptions {
  db: Database;
  secretBox: SecretBox;
  events: EventSink;
  /** Test seams for the engines (fetch, shorter timeouts). */
  engineOptions?: Pick<RemoteEngineOptions, 'fetch' | 'timeouts'>;
  newId?: () => string;
  now?: () => number;
  /** Called once a server is removed, before servers:changed (the default engine goes back to this computer). */
  onRemoved?: (id: string) => void;
}

export class RemoteServers implements RemoteEngineSource {
  private readonly repository: ServerRepository;
  private readonly secretBox: SecretBox;
  private readonly events: EventSink;
  private readonly engineOptions: Pick<RemoteEngineOptions, 'fetch' | 'timeouts'>;
  private readonly newId: () => string;
  private readonly onRemoved: (id: string) => void;
  /** Engines built so far (each holds its key once opened); dropped when the server changes or goes. */
  private readonly engines = new Map<string, CountedEngine>();

  constructor(options: RemoteServersOptions) {
    this.repository = new ServerRepository(options.db, { now: options.now });
    this.secretBox = options.secretBox;
    this.events = options.events;
    this.engineOptions = options.engineOptions ?? {};
    this.newId = options.newId ?? randomUUID;
    this.onRemoved = options.onRemoved ?? (() => {});
  }

  async list(): Promise<ServerList> {
    // Read before waiting, so the list is the one of the moment it was asked for.
    const servers = this.repository.list().map(viewOf);
    const available = await this.secretBox.available();
    return { servers, keyStorage: { available, message: available ? null : NO_KEY_STORAGE_MESSAGE } };
  }

  has(id: string): boolean {
    return this.repository.get(id) !== null;
  }

  /** Saves a new server; `apiKey` is stored encrypted, and refused where the OS cannot encrypt it. */
  async add(settings: ServerSettings, apiKey: string | null = null): Promise<RemoteServerView> {
    const config = checkedConfig({ ...settings, id: this.newId() });
    const sealed = apiKey === null ? null : await this.seal(apiKey);
    const stored = this.repository.insert(config, sealed);
    await this.changed();
    return viewOf(stored);
  }

  /** Changes a server; `apiKey` undefined keeps the stored key, null removes it. */
  async update(id: string, settings: ServerSettings, apiKey?: string | null): Promise<RemoteServerView> {
    this.requireStored(id);
    this.assertIdle(id, 'changed');
    const config = checkedConfig({ ...settings, id });
    const sealedApiKey = apiKey === undefined ? undefined : apiKey === null ? null : await this.seal(apiKey);
    // Checked again: an answer may have started while the OS was sealing the key.
    this.assertIdle(id, 'changed');
    const stored = this.repository.update(id, { config, sealedApiKey });
    if (stored === null) throw notFound();
    this.engines.delete(id);
    await this.changed();
    return viewOf(stored);
  }

  /** Removes a server; its conversations are answered on this computer again (their ids are returned). */
  async remove(id: string): Promise<{ id: string; movedConversationIds: number[] }> {
    this.requireStored(id);
    this.assertIdle(id, 'removed');
    const moved = this.repository.remove(id);
    if (moved === null) throw notFound();
    this.engines.delete(id);
    this.onRemoved(id);
    await this.changed();
    return { id, movedConversationIds: moved };
  }

  /** "Test connection": whether the server answers with the configured model and adapter, and how fast. */
  async test(id: string, signal?: AbortSignal): Promise<ServerHealth> {
    let health: EngineHealth;
    try {
      // The key is opened on the first request, so a key that cannot be read says so here too.
      health = await this.counted(id).health(signal);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'model_unavailable') {
        return { ok: false, status: 'unavailable', message: error.message, latencyMs: null, models: [] };
      }
      throw error;
    }
    return {
      ok: health.ok,
      status: health.status,
      message: health.message,
      latencyMs: health.latencyMs ?? null,
      models: health.models ?? [],
    };
  }

  /** The engine of a saved server (RemoteEngineSource): built on first use; it opens the key on its first request. */
  engine(id: string): CountedEngine {
    return this.counted(id);
  }

  /** What the header shows for a conversation this server answers. */
  status(id: string): EngineStatus {
    const stored = this.requireStored(id);
    const description = this.engines.get(id)?.describe() ?? null;
    const adapter = stored.config.adapter;
    return {
      kind: 'remote',
      serverId: id,
      name: stored.config.name,
      address: stored.config.baseUrl,
      modelName: description?.modelName ?? stored.config.model,
      adapter: description?.adapter ?? {
        mode: adapter.mode,
        name: adapter.mode === 'model-name' ? adapter.model : adapter.mode === 'none' ? null : `--lora #${adapter.id}`,
        scalable: adapter.mode === 'llama-server-lora',
      },
    };
  }

  private counted(id: string): CountedEngine {
    const cached = this.engines.get(id);
    if (cached) return cached;
    const stored = this.requireStored(id);
    const openKey = stored.sealedApiKey === null ? null : () => this.openKey(stored);
    let engine: KeyedEngine;
    try {
      engine = new KeyedEngine({ server: stored.config, ...this.engineOptions }, openKey);
    } catch (error) {
      // The address was checked when it was saved; a policy change since is said in the policy's words.
      throw new ApiError('model_unavailable', error instanceof Error ? error.message : String(error));
    }
    const counted = new CountedEngine(engine);
    this.engines.set(id, counted);
    return counted;
  }

  private async seal(apiKey: string): Promise<Buffer> {
    if (!(await this.secretBox.available())) throw new ApiError('forbidden', NO_KEY_STORAGE_MESSAGE);
    try {
      return await this.secretBox.seal(apiKey);
    } catch {
      // The cause is not passed on: an encryption error could quote what it was given.
      throw new ApiError('internal', 'The operating system could not encrypt the API key, so it was not saved.');
    }
  }

  private async openKey(stored: StoredServer): Promise<string> {
    const sealed = stored.sealedApiKey as Buffer;
    let opened: OpenedSecret;
    try {
      if (!(await this.secretBox.available())) throw new Error('no secret storage');
      opened = await this.secretBox.open(sealed);
    } catch {
      throw new ApiError(
        'model_unavailable',
        `The API key saved for ${stored.config.name} cannot be read on this computer now (the system keyring is ` +
          'locked, changed, or belongs to another user). Enter the key again in Settings, or remove it there.',
      );
    }
    if (opened.reseal) await this.reseal(stored.config.id, sealed, opened.text);
    return opened.text;
  }

  /** Stores the key sealed under the OS's current encryption key (it asked for that when the key was opened). */
  private async reseal(id: string, from: Buffer, apiKey: string): Promise<void> {
    try {
      this.repository.reseal(id, from, await this.secretBox.seal(apiKey));
    } catch {
      // The old bytes still open, so the next request tries again; the cause could quote the key.
    }
  }

  private requireStored(id: string): StoredServer {
    const stored = this.repository.get(id);
    if (!stored) throw notFound();
    return stored;
  }

  /** Whether an answer from any server is coming in now. */
  isBusy(): boolean {
    return [...this.engines.values()].some((engine) => engine.inFlight > 0);
  }

  /** Forgets the engines of servers whose rows were deleted all at once ("Delete all my data") and says so. */
  afterAllRemoved(): void {
    this.engines.clear();
    // Deletion does not wait for the announcement; the list is read before anything else can change it.
    this.changed().catch(() => {});
  }

  private assertIdle(id: string, what: 'changed' | 'removed'): void {
    if ((this.engines.get(id)?.inFlight ?? 0) > 0) {
      throw new ApiError('conflict', `An answer from this server is still coming in. Stop it, then it can be ${what}.`);
    }
  }

  private async changed(): Promise<void> {
    this.events.emit('servers:changed', await this.list());
  }
}

/** The settings checked as the remote engine will use them (address policy, adapter fits the software). */
function checkedConfig(input: ServerSettings & { id: string }): RemoteServerConfig {
  const parsed = remoteServerConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('invalid_payload', issue?.message ?? 'The server settings are not valid.');
}

function viewOf(stored: StoredServer): RemoteServerView {
  const { config } = stored;
  return {
    id: config.id,
    name: config.name,
    baseUrl: config.baseUrl,
    software: config.software,
    model: config.model,
    adapter: config.adapter,
    allowLocalNetwork: config.allowLocalNetwork,
    hasApiKey: stored.sealedApiKey !== null,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

function notFound(): ApiError {
  return new ApiError('not_found', 'There is no such server (it may have been removed).');
}
