// The download service: starts, pauses, resumes and cancels catalog downloads into the models folder,
// reports throttled progress events, and lists the catalog with what is installed. Paused downloads
// survive a restart through the sidecar next to each `.part` file.
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type {
  CatalogEntryView,
  DownloadProgress,
  ModelCatalogView,
} from '../../../preload/contract/features/downloads';
import { ApiError } from '../../../preload/contract/envelope';
import {
  CatalogError,
  defaultSourceUrl,
  entryPaths,
  fileUrl,
  findEntry,
  normalizeBaseUrl,
  type Catalog,
  type CatalogEntry,
} from '../catalog';
import type { AdapterSourceStore } from './adapter-source-store';
import { defaultStatfs, freeBytes, type StatFs } from './disk-space';
import { DownloadError } from './download-error';
import { runEntryJob, type AdapterConverter } from './download-job';
import { fileSize, progressOf, stateOnDisk } from './entry-state';
import { entryView } from './entry-view';
import type { PartHasher } from './part-hasher';
import { discardPart } from './part-state';
import { ProgressMeter } from './progress-meter';
import { forgetVerifiedFiles } from './verified-files';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export interface DownloadServiceOptions {
  /** `<dataDir>/models`: the only folder downloads are written to. */
  modelsDir: string;
  catalog: Catalog;
  emit(progress: DownloadProgress): void;
  adapterSource: AdapterSourceStore;
  /** The model and LoRA files chosen in settings now. */
  currentFiles(): { modelPath: string | null; loraPath: string | null };
  convertAdapter?: AdapterConverter | null;
  statfs?: StatFs;
  retry?: RetryPolicy;
  idleTimeoutMs?: number;
  /** Least time between two progress events of one download (state changes are sent at once). */
  progressIntervalMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

export const ADAPTER_SOURCE_MISSING =
  'Set the adapter source URL first. This catalog gives the adapter no default source; it is published as a PEFT folder ' +
  '(adapter_config.json + adapter_model.safetensors): enter the address of that folder, ' +
  'e.g. https://huggingface.co/<owner>/<repo>/resolve/<revision>.';

class DownloadAbort {
  constructor(readonly kind: 'pause' | 'cancel') {}
}

interface Job {
  controller: AbortController;
  promise: Promise<void>;
  progress: DownloadProgress;
  meter: ProgressMeter;
  lastEmitAt: number;
}

export class DownloadService {
  private readonly jobs = new Map<string, Job>();
  /** How the last run ended, while nothing runs (so a failure stays visible until retried). */
  private readonly settled = new Map<string, DownloadProgress>();
  private readonly hashers = new Map<string, PartHasher>();
  private readonly listeners = new Set<(progress: DownloadProgress) => void>();
  private readonly statfs: StatFs;
  private readonly now: () => number;

  constructor(private readonly options: DownloadServiceOptions) {
    mkdirSync(options.modelsDir, { recursive: true });
    this.statfs = options.statfs ?? defaultStatfs;
    this.now = options.now ?? Date.now;
  }

  get modelsDir(): string {
    return this.options.modelsDir;
  }

  get catalog(): Catalog {
    return this.options.catalog;
  }

  /** Every progress event, as it is emitted (the first-run setup follows its two downloads this way). */
  subscribe(listener: (progress: DownloadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async progress(entryId: string): Promise<DownloadProgress> {
    const entry = this.requireEntry(entryId);
    const job = this.jobs.get(entryId);
    if (job) return job.progress;
    const disk = await stateOnDisk(entry, this.options.modelsDir);
    const last = this.settled.get(entryId);
    if (last?.state === 'failed' && disk.state !== 'installed') {
      return { ...last, receivedBytes: disk.receivedBytes, totalBytes: disk.totalBytes ?? last.totalBytes };
    }
    return disk;
  }

  async list(): Promise<DownloadProgress[]> {
    return Promise.all(this.options.catalog.entries.map((entry) => this.progress(entry.id)));
  }

  async catalogView(): Promise<ModelCatalogView> {
    const { modelPath } = this.options.currentFiles();
    const entries = await Promise.all(this.options.catalog.entries.map((entry) => this.entryView(entry)));
    return {
      modelsDir: this.options.modelsDir,
      freeBytes: await freeBytes(this.options.modelsDir, this.statfs),
      adapterSourceUrl: this.options.adapterSource.get(),
      firstRun: modelPath === null || (await fileSize(modelPath)) === null,
      entries,
    };
  }

  /** Starts (or retries, or resumes) an entry's download; returns at once with its progress. */
  async start(entryId: string): Promise<DownloadProgress> {
    const entry = this.requireEntry(entryId);
    const running = this.jobs.get(entryId);
    if (running) return running.progress;
    const current = await this.progress(entryId);
    if (current.state === 'installed') {
      throw new ApiError('conflict', `${entry.name} is already installed at ${current.installedPath ?? '?'}.`);
    }
    const urls = this.urlsFor(entry);
    if (this.jobs.has(entryId)) return this.jobs.get(entryId)?.progress ?? current; // started meanwhile
    return this.launch(entry, urls, current).progress;
  }

  resume(entryId: string): Promise<DownloadProgress> {
    return this.start(entryId);
  }

  /** Stops the transfer and keeps the part (and its sidecar) for a later resume, even after a restart. */
  async pause(entryId: string): Promise<DownloadProgress> {
    const job = this.jobs.get(entryId);
    if (job) {
      job.controller.abort(new DownloadAbort('pause'));
      await job.promise;
    }
    return this.progress(entryId);
  }

  /** Stops the transfer and deletes what was downloaded of this entry (never an installed file). */
  async cancel(entryId: string): Promise<DownloadProgress> {
    const entry = this.requireEntry(entryId);
    const job = this.jobs.get(entryId);
    if (job) {
      job.controller.abort(new DownloadAbort('cancel'));
      await job.promise;
      return this.progress(entryId);
    }
    const current = await this.progress(entryId);
    if (current.state === 'installed') {
      throw new ApiError('conflict', `${entry.name} is installed; there is no download to cancel.`);
    }
    await this.discardDownloaded(entry);
    const cleared = progressOf(entryId, 'not-installed');
    this.settled.delete(entryId);
    this.notify(cleared);
    return this.progress(entryId);
  }

  async setAdapterSource(url: string | null): Promise<ModelCatalogView> {
    const adapters = this.options.catalog.entries.filter((entry) => entry.kind === 'peft-adapter');
    if (adapters.some((entry) => this.jobs.has(entry.id))) {
      throw new ApiError('conflict', 'Pause or cancel the adapter download before changing its source URL.');
    }
    const trimmed = url?.trim() ? url.trim() : null;
    let normalized: string | null = null;
    try {
      normalized = trimmed === null ? null : normalizeBaseUrl(trimmed, 'The adapter source URL');
    } catch (error) {
      if (error instanceof CatalogError) throw new ApiError('invalid_payload', error.message);
      throw error;
    }
    // Typing the default source's own address is the same as using the default.
    if (normalized !== null && adapters.some((entry) => defaultSourceUrl(entry) === normalized)) normalized = null;
    if (normalized !== this.options.adapterSource.get()) {
      // Bytes from the old source must never be combined with bytes from the new one.
      for (const entry of adapters) await this.discardDownloaded(entry);
      this.options.adapterSource.set(normalized);
    }
    return this.catalogView();
  }

  /** The installed file of an entry, for "use this model"; ApiError when it is not installed. */
  async installedFile(entryId: string): Promise<{ entry: CatalogEntry; path: string }> {
    const entry = this.requireEntry(entryId);
    const progress = await this.progress(entryId);
    if (progress.state !== 'installed' || !progress.installedPath) {
      throw new ApiError('conflict', `${entry.name} is not installed yet.`);
    }
    return { entry, path: progress.installedPath };
  }

  /** Resolves when the entry's current run (if any) has ended; the CLI waits on this. */
  async whenSettled(entryId: string): Promise<DownloadProgress> {
    await this.jobs.get(entryId)?.promise;
    return this.progress(entryId);
  }

  /** Pauses every running download (their parts stay resumable); used when the app closes. */
  async dispose(): Promise<void> {
    await Promise.all([...this.jobs.keys()].map((entryId) => this.pause(entryId)));
  }

  private requireEntry(entryId: string): CatalogEntry {
    const entry = findEntry(this.options.catalog, entryId);
    if (!entry) throw new ApiError('not_found', `There is no catalog entry "${entryId}".`);
    return entry;
  }

  private urlsFor(entry: CatalogEntry): string[] {
    const source = this.options.adapterSource.get();
    const urls = entry.files.map((file) => fileUrl(this.options.catalog, entry, file, source));
    if (urls.some((url) => url === null)) throw new ApiError('conflict', ADAPTER_SOURCE_MISSING);
    return urls as string[];
  }

  private async entryView(entry: CatalogEntry): Promise<CatalogEntryView> {
    return entryView(entry, {
      catalog: this.options.catalog,
      progress: await this.progress(entry.id),
      adapterSourceUrl: this.options.adapterSource.get(),
      ...this.options.currentFiles(),
    });
  }

  private launch(entry: CatalogEntry, urls: string[], initial: DownloadProgress): Job {
    const controller = new AbortController();
    const job: Job = {
      controller,
      promise: Promise.resolve(),
      progress: { ...initial, state: 'downloading', error: null, errorCode: null, message: 'Starting…' },
      meter: new ProgressMeter(5000, this.now),
      lastEmitAt: 0,
    };
    this.jobs.set(entry.id, job);
    this.settled.delete(entry.id);
    this.emitNow(job);
    job.promise = runEntryJob({
      entry,
      modelsDir: this.options.modelsDir,
      urls,
      source: urls[0] ? urls[0].slice(0, urls[0].lastIndexOf('/')) : '',
      signal: controller.signal,
      statfs: this.statfs,
      retry: this.options.retry ?? DEFAULT_RETRY_POLICY,
      idleTimeoutMs: this.options.idleTimeoutMs ?? 30_000,
      hashers: this.hashers,
      convertAdapter: this.options.convertAdapter ?? null,
      adapterBase: () => this.adapterBase(),
      sleep: this.options.sleep,
      update: (patch, bytes) => this.update(job, patch, bytes),
    }).then(
      async (installedPath) => {
        const size = (await fileSize(installedPath)) ?? job.progress.receivedBytes;
        this.finish(
          entry,
          job,
          progressOf(entry.id, 'installed', { receivedBytes: size, totalBytes: size, installedPath }),
        );
      },
      async (error: unknown) => this.finish(entry, job, await this.failure(entry, job, error)),
    );
    return job;
  }

  private async failure(entry: CatalogEntry, job: Job, error: unknown): Promise<DownloadProgress> {
    const reason: unknown = job.controller.signal.aborted ? job.controller.signal.reason : error;
    if (reason instanceof DownloadAbort && reason.kind === 'cancel') {
      await this.discardDownloaded(entry);
      return progressOf(entry.id, 'not-installed', { message: 'Cancelled; the partial download was deleted.' });
    }
    const base = { ...job.progress, bytesPerSecond: null, etaSeconds: null };
    if (reason instanceof DownloadAbort) {
      return { ...base, state: 'paused', message: 'Paused: press Resume to continue where it stopped.' };
    }
    if (reason instanceof DownloadError) {
      return { ...base, state: 'failed', error: reason.message, errorCode: reason.code, message: null };
    }
    const message = reason instanceof Error ? reason.message : String(reason);
    const code = (reason as { code?: unknown } | null)?.code;
    const text =
      typeof code === 'string' && code.startsWith('E')
        ? `A file in ${this.options.modelsDir} could not be read or written: ${message}`
        : `The download failed unexpectedly: ${message}`;
    return { ...base, state: 'failed', error: text, errorCode: 'io', message: null };
  }

  private finish(entry: CatalogEntry, job: Job, progress: DownloadProgress): void {
    if (this.jobs.get(entry.id) === job) this.jobs.delete(entry.id);
    job.progress = progress;
    this.settled.set(entry.id, progress);
    this.emitNow(job);
  }

  private update(job: Job, patch: Partial<DownloadProgress>, bytes?: number): void {
    const previousState = job.progress.state;
    if (patch.state !== undefined && patch.state !== 'downloading') job.meter.reset();
    if (bytes !== undefined) job.meter.record(bytes);
    const next = { ...job.progress, ...patch };
    const speed =
      next.state === 'downloading'
        ? job.meter.read(next.receivedBytes, next.totalBytes)
        : { bytesPerSecond: null, etaSeconds: null };
    job.progress = { ...next, ...speed };
    const interval = this.options.progressIntervalMs ?? 250;
    if (job.progress.state !== previousState || this.now() - job.lastEmitAt >= interval) this.emitNow(job);
  }

  private emitNow(job: Job): void {
    job.lastEmitAt = this.now();
    this.notify(job.progress);
  }

  private notify(progress: DownloadProgress): void {
    this.options.emit(progress);
    for (const listener of this.listeners) listener(progress);
  }

  /** The base the adapter is converted for: the chosen model, else an installed catalog model. */
  private async adapterBase(): Promise<string> {
    const { modelPath } = this.options.currentFiles();
    if (modelPath && (await fileSize(modelPath)) !== null) return modelPath;
    const models = this.options.catalog.entries
      .filter((entry) => entry.kind === 'model')
      .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    // A model still downloading is the base the user is about to have: wait for it.
    for (const entry of models) await this.jobs.get(entry.id)?.promise;
    for (const entry of models) {
      const path = entryPaths(entry, this.options.modelsDir).installed;
      if ((await fileSize(path)) !== null) return path;
    }
    throw new DownloadError(
      'config',
      'The adapter is converted for its base model, but no model is installed or chosen. Download TinyLlama (or choose a model file in Settings), then press Retry.',
    );
  }

  /** Deletes parts and sidecars, and the adapter's downloaded PEFT files (never an installed GGUF). */
  private async discardDownloaded(entry: CatalogEntry): Promise<void> {
    const paths = entryPaths(entry, this.options.modelsDir);
    for (const path of paths.files) {
      this.hashers.delete(path);
      await discardPart(path);
      if (entry.kind === 'peft-adapter') await rm(path, { force: true });
    }
    if (entry.kind === 'peft-adapter') await forgetVerifiedFiles(paths.dir);
  }
}
