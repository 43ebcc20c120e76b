// Saved evaluation states of conversations on disk: a folder of llama.cpp sequence state files and a
// manifest with their keys, checksums, sizes and last use. Bounded by a byte cap (least recently used
// states go first). Every change runs one at a time; every file is written to a temp name, fsynced
// and renamed; nothing is loaded unless its checksum matches and it lies in the folder itself.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsyncFile, fsyncFolder, MANIFEST_FILE, readManifest, writeManifest, type ManifestEntry } from './manifest';
import { fileSha256, readStateTokens, tokensSha256 } from './state-file';

export type StateLogLevel = 'info' | 'warn';

export interface StateCacheOptions {
  /** The cache's own folder (created if missing); files not named like the cache's are left alone. */
  dir: string;
  /** Total bytes of state files kept at most. */
  maxBytes: number;
  log(level: StateLogLevel, message: string): void;
  now?: () => number;
  /** Longest token list a state header may claim. */
  maxTokens?: number;
}

/** What a state is stored under: the conversation and everything that shaped its evaluation. */
export interface StateKey {
  sessionKey: string;
  identity: string;
}

export type StateEntry = Readonly<ManifestEntry>;

/** A state being written: the caller writes `path`, then commits (or discards) it. */
export interface StagedWrite {
  readonly path: string;
  /** Checks the written file against the tokens it was staged for, fsyncs and publishes it; null = discarded. */
  commit(): Promise<StateEntry | null>;
  discard(): Promise<void>;
}

const STATE_SUFFIX = '.state';
const TEMP_SUFFIX = '.tmp';
const STATE_NAME = /^([0-9a-f]{32})\.state$/;
const DEFAULT_MAX_TOKENS = 1 << 20;

export class StateCache {
  /** Least recently used first. */
  private entries: ManifestEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Forgets are stamped with this counter so a write staged before one is never published after it. */
  private clock = 0;
  private readonly forgotAt = new Map<string, number>();
  private forgotAllAt = -1;

  private constructor(
    private readonly options: StateCacheOptions,
    /** The folder with symlinks resolved: every loaded file must lie directly in it. */
    private readonly realDir: string,
  ) {}

  /** Opens (creating) the folder, drops what a crash or an outside change left behind, applies the cap. */
  static async open(options: StateCacheOptions): Promise<StateCache> {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const cache = new StateCache(options, await realpath(options.dir));
    await cache.serialized(() => cache.reconcile());
    return cache;
  }

  get dir(): string {
    return this.options.dir;
  }

  get totalBytes(): number {
    return this.entries.reduce((sum, entry) => sum + entry.bytes, 0);
  }

  /** Every state, least recently used first (copies). */
  list(): StateEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  /** The state saved under exactly this key, if any. */
  find(key: StateKey): StateEntry | null {
    const entry = this.entries.find((item) => sameKey(item, key));
    return entry ? { ...entry } : null;
  }

  /**
   * Starts writing a state for `key` that covers `tokens`: the caller writes the file at `path` (a temp
   * name the cache never loads), then commits it. A forget of the key meanwhile discards it at commit.
   */
  beginWrite(key: StateKey, tokens: ArrayLike<number>): StagedWrite {
    const id = randomBytes(16).toString('hex');
    const tempPath = path.join(this.options.dir, `${id}${TEMP_SUFFIX}`);
    const stagedAt = ++this.clock;
    const expected = { count: tokens.length, sha256: tokensSha256(tokens) };
    return {
      path: tempPath,
      commit: () => this.serialized(() => this.publish(id, tempPath, key, expected, stagedAt)),
      discard: () => rm(tempPath, { force: true }),
    };
  }

  /**
   * The token ids the state holds, read from its header after checking them against the manifest.
   * A state whose file is missing, outside the folder or damaged is removed (and logged); null then.
   */
  readTokens(entry: StateEntry): Promise<Uint32Array | null> {
    return this.serialized(async () => {
      const current = this.current(entry);
      if (!current) return null;
      const file = await this.checkedPath(current);
      if (!file) return null;
      let tokens: Uint32Array;
      try {
        tokens = await readStateTokens(file, this.maxTokens);
      } catch (error) {
        await this.drop(current, `its header is damaged (${(error as Error).message})`);
        return null;
      }
      if (tokens.length !== current.tokenCount || tokensSha256(tokens) !== current.tokensSha256) {
        await this.drop(current, 'its file holds other tokens than the manifest says (a foreign or replaced file)');
        return null;
      }
      return tokens;
    });
  }

  /**
   * Runs `loader` on the state's file once its checksum matched, with the state marked in the manifest
   * meanwhile: if loading kills the process, the next open removes the state instead of loading it again.
   * A mismatch or a failed load removes the state; returns whether `loader` succeeded.
   */
  load(entry: StateEntry, loader: (filePath: string) => Promise<void>): Promise<boolean> {
    return this.serialized(async () => {
      const current = this.current(entry);
      if (!current) return false;
      const file = await this.checkedPath(current);
      if (!file) return false;
      if ((await fileSha256(file)) !== current.sha256) {
        await this.drop(current, 'its checksum does not match (a damaged, cut short or replaced file)');
        return false;
      }
      current.loading = true;
      await writeManifest(this.options.dir, this.manifest());
      try {
        await loader(file);
      } catch (error) {
        await this.drop(current, `loading it failed (${(error as Error).message})`);
        return false;
      }
      delete current.loading;
      this.markUsed(current);
      // Off the caller's path: the loaded state is in memory already.
      void this.serialized(() => writeManifest(this.options.dir, this.manifest())).catch((error: unknown) =>
        this.options.log('warn', `continuation states: could not update the manifest (${(error as Error).message})`),
      );
      return true;
    });
  }

  /** Marks the state as just used (it moves to the end of the eviction order). */
  touch(entry: StateEntry): Promise<void> {
    return this.serialized(async () => {
      const current = this.current(entry);
      if (!current) return;
      this.markUsed(current);
      await writeManifest(this.options.dir, this.manifest());
    });
  }

  /** Deletes the states of one conversation, or all of them; returns how many were deleted. */
  forget(sessionKey?: string): Promise<number> {
    const stamp = ++this.clock;
    if (sessionKey === undefined) this.forgotAllAt = stamp;
    else this.forgotAt.set(sessionKey, stamp);
    return this.serialized(async () => {
      const gone = this.entries.filter((entry) => sessionKey === undefined || entry.sessionKey === sessionKey);
      if (gone.length === 0) return 0;
      this.entries = this.entries.filter((entry) => !gone.includes(entry));
      await writeManifest(this.options.dir, this.manifest());
      await Promise.all(gone.map((entry) => rm(this.statePath(entry), { force: true })));
      return gone.length;
    });
  }

  /** Resolves once every change queued so far is done. */
  async idle(): Promise<void> {
    await this.serialized(async () => {});
  }

  // ---------------------------------------------------------------- internals

  private get maxTokens(): number {
    return this.options.maxTokens ?? DEFAULT_MAX_TOKENS;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => {});
    return next;
  }

  private manifest() {
    return { format: 1 as const, entries: this.entries };
  }

  private statePath(entry: Pick<ManifestEntry, 'id'>): string {
    return path.join(this.options.dir, `${entry.id}${STATE_SUFFIX}`);
  }

  /** The live manifest entry for a copy handed out earlier (null once it was replaced, evicted or forgotten). */
  private current(entry: StateEntry): ManifestEntry | null {
    return this.entries.find((item) => item.id === entry.id && sameKey(item, entry)) ?? null;
  }

  private markUsed(entry: ManifestEntry): void {
    entry.lastUsedAt = Math.max(this.now(), ...this.entries.map((item) => item.lastUsedAt));
    this.entries = [...this.entries.filter((item) => item !== entry), entry];
  }

  /** The state's file, only if it is a regular file (no symlink) directly inside the cache folder; else dropped. */
  private async checkedPath(entry: ManifestEntry): Promise<string | null> {
    const file = this.statePath(entry);
    const info = await lstat(file).catch(() => null);
    if (!info || !info.isFile()) {
      await this.drop(entry, info ? 'its file is not a regular file' : 'its file is missing');
      return null;
    }
    const real = await realpath(file).catch(() => null);
    if (real === null || path.dirname(real) !== this.realDir) {
      await this.drop(entry, 'its file lies outside the cache folder');
      return null;
    }
    if (info.size !== entry.bytes) {
      await this.drop(entry, `its file has ${info.size} bytes, not ${entry.bytes} (cut short or replaced)`);
      return null;
    }
    return real;
  }

  /** Removes a state from the manifest and deletes its file, with a log line saying why. */
  private async drop(entry: ManifestEntry, why: string): Promise<void> {
    this.options.log('warn', `continuation states: ignored and deleted ${describe(entry)}: ${why}`);
    this.entries = this.entries.filter((item) => item !== entry);
    await writeManifest(this.options.dir, this.manifest());
    await rm(this.statePath(entry), { force: true });
  }

  private async publish(
    id: string,
    tempPath: string,
    key: StateKey,
    expected: { count: number; sha256: string },
    stagedAt: number,
  ): Promise<StateEntry | null> {
    const discard = async (why: string | null): Promise<null> => {
      if (why) this.options.log('warn', `continuation states: a new state of ${key.sessionKey} was discarded: ${why}`);
      await rm(tempPath, { force: true });
      return null;
    };
    if ((this.forgotAt.get(key.sessionKey) ?? -1) > stagedAt || this.forgotAllAt > stagedAt) return discard(null);
    let tokens: Uint32Array;
    try {
      tokens = await readStateTokens(tempPath, this.maxTokens);
    } catch (error) {
      return discard(`it is not a readable state (${(error as Error).message})`);
    }
    if (tokens.length !== expected.count || tokensSha256(tokens) !== expected.sha256) {
      return discard('it holds other tokens than it was saved for');
    }
    const sha256 = await fileSha256(tempPath);
    await fsyncFile(tempPath);
    const { size } = await stat(tempPath);
    if (size > this.options.maxBytes) {
      this.options.log('info', `continuation states: a state of ${size} bytes is over the cap; not kept`);
      return discard(null);
    }
    const entry: ManifestEntry = {
      id,
      sessionKey: key.sessionKey,
      identity: key.identity,
      tokenCount: expected.count,
      tokensSha256: expected.sha256,
      sha256,
      bytes: size,
      lastUsedAt: this.now(),
    };
    await rename(tempPath, this.statePath(entry));
    await fsyncFolder(this.options.dir);
    // The manifest names the new file only once it is complete; replaced and evicted files go after it.
    const replaced = this.entries.filter((item) => sameKey(item, key));
    this.entries = this.entries.filter((item) => !replaced.includes(item));
    this.markUsed(entry);
    const evicted = this.evictOverCap();
    await writeManifest(this.options.dir, this.manifest());
    await Promise.all([...replaced, ...evicted].map((item) => rm(this.statePath(item), { force: true })));
    return evicted.includes(entry) ? null : { ...entry };
  }

  /** Takes least recently used states out of the list until the rest fit the cap; returns them. */
  private evictOverCap(): ManifestEntry[] {
    const evicted: ManifestEntry[] = [];
    while (this.totalBytes > this.options.maxBytes && this.entries.length > 0) {
      const oldest = this.entries.shift() as ManifestEntry;
      evicted.push(oldest);
      this.options.log('info', `continuation states: evicted ${describe(oldest)} (cap ${this.options.maxBytes} bytes)`);
    }
    return evicted;
  }

  /** Makes the manifest and the folder agree after a crash, an outside change or a smaller cap. */
  private async reconcile(): Promise<void> {
    const { dir, log } = this.options;
    const { manifest, problem } = await readManifest(dir);
    if (problem) log('warn', `continuation states: the manifest was ${problem}; its states are deleted`);
    let changed = problem !== null;
    const kept: ManifestEntry[] = [];
    const doomed: ManifestEntry[] = [];
    for (const entry of manifest.entries) {
      const duplicate = kept.some((item) => item.id === entry.id || sameKey(item, entry));
      const info = await lstat(this.statePath(entry)).catch(() => null);
      let why: string | null = null;
      if (duplicate) why = 'listed twice';
      else if (entry.loading) why = 'the model host stopped while loading it';
      else if (!info || !info.isFile()) why = 'its file is missing';
      else if (info.size !== entry.bytes) why = `its file has ${info.size} bytes, not ${entry.bytes}`;
      if (why === null) {
        kept.push(entry);
        continue;
      }
      changed = true;
      log('warn', `continuation states: ignored and deleted ${describe(entry)}: ${why}`);
      if (!duplicate) doomed.push(entry);
    }
    this.entries = kept.sort((a, b) => a.lastUsedAt - b.lastUsedAt);
    const evicted = this.evictOverCap();
    changed ||= evicted.length > 0;
    if (changed) await writeManifest(dir, this.manifest());
    await Promise.all([...doomed, ...evicted].map((entry) => rm(this.statePath(entry), { force: true })));

    const listed = new Set(this.entries.map((entry) => entry.id));
    for (const name of await readdir(dir)) {
      if (name === MANIFEST_FILE) continue;
      const stateId = STATE_NAME.exec(name)?.[1];
      // Only names the cache itself writes are touched: whatever else is in the folder is not ours.
      if (name.endsWith(TEMP_SUFFIX)) {
        log('info', `continuation states: deleted ${name}, a write that never finished`);
      } else if (stateId !== undefined && !listed.has(stateId)) {
        log('warn', `continuation states: deleted ${name}, a state file the manifest does not list`);
      } else continue;
      await rm(path.join(dir, name), { force: true });
    }
  }
}

function sameKey(a: StateKey, b: StateKey): boolean {
  return a.sessionKey === b.sessionKey && a.identity === b.identity;
}

function describe(entry: ManifestEntry): string {
  return `state ${entry.id} of conversation ${entry.sessionKey} (${entry.tokenCount} tokens, ${entry.bytes} bytes)`;
}
