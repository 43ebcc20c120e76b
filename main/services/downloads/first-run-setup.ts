// The first run's default path as one job: download the model and the medical adapter together,
// verify both, convert the adapter against the downloaded model, then load the pair. Each step is
// resumable (parts resume, a failed conversion is re-run from the files on disk), and starting again
// after a failure or a pause is the Retry. Progress is one SetupStatus for the whole job.
import type { DownloadProgress, SetupStatus } from '../../../preload/contract/features/downloads';
import { ApiError } from '../../../preload/contract/envelope';
import { findEntry, type CatalogEntry } from '../catalog';
import type { DownloadService } from './download-service';
import { setupStatus, type SetupEntryState, type SetupPhase } from './setup-status';

export interface SetupPlan {
  modelEntryId: string;
  adapterEntryId: string | null;
}

export interface FirstRunSetupOptions {
  downloads: DownloadService;
  /** Points the settings at these files and loads them (the model service in the app). */
  load(files: { modelPath: string; loraPath: string | null }): Promise<void>;
  emit(status: SetupStatus): void;
}

export class FirstRunSetup {
  private model: SetupEntryState | null = null;
  private adapter: SetupEntryState | null = null;
  private phase: SetupPhase = 'idle';
  private loadError: string | null = null;
  private run: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: FirstRunSetupOptions) {
    this.unsubscribe = options.downloads.subscribe((progress) => this.onProgress(progress));
  }

  status(): SetupStatus {
    return setupStatus({
      model: this.model,
      adapter: this.adapter,
      phase: this.phase,
      loadError: this.loadError,
      running: this.run !== null,
    });
  }

  /** Starts the plan, or resumes/retries it; returns at once (while running, the same plan is a no-op). */
  async start(plan: SetupPlan): Promise<SetupStatus> {
    const modelEntry = this.requireEntry(plan.modelEntryId, 'model');
    const adapterEntry = plan.adapterEntryId === null ? null : this.requireEntry(plan.adapterEntryId, 'peft-adapter');
    if (this.run !== null) {
      if (this.model?.entryId === plan.modelEntryId && (this.adapter?.entryId ?? null) === plan.adapterEntryId) {
        return this.status();
      }
      throw new ApiError('conflict', 'The setup is already running with other choices; pause it first.');
    }
    this.model = await this.entryState(modelEntry);
    this.adapter = adapterEntry === null ? null : await this.entryState(adapterEntry);
    this.phase = 'downloading';
    this.loadError = null;
    const run = this.execute(modelEntry, adapterEntry).finally(() => {
      if (this.run === run) this.run = null;
      this.publish();
    });
    this.run = run;
    this.publish();
    return this.status();
  }

  /** Pauses the setup's downloads (parts are kept); start() resumes. */
  async pause(): Promise<SetupStatus> {
    const ids = [this.model?.entryId, this.adapter?.entryId].filter((id): id is string => id !== undefined);
    await Promise.all(ids.map((id) => this.options.downloads.pause(id)));
    await this.run;
    return this.status();
  }

  /** Resolves when the current run (if any) has ended; tests and the CLI wait on this. */
  async whenSettled(): Promise<SetupStatus> {
    await this.run;
    return this.status();
  }

  dispose(): void {
    this.unsubscribe();
  }

  private async execute(modelEntry: CatalogEntry, adapterEntry: CatalogEntry | null): Promise<void> {
    const entries = [modelEntry, adapterEntry].filter((entry): entry is CatalogEntry => entry !== null);
    // Both start now: the adapter downloads while the model does, and its conversion waits for the model.
    for (const entry of entries) {
      const state = this.stateOf(entry.id);
      if (state?.progress?.state === 'installed') continue;
      try {
        const progress = await this.options.downloads.start(entry.id);
        if (state) state.progress = progress;
      } catch (error) {
        if (state) state.startError = error instanceof Error ? error.message : String(error);
      }
    }
    const settled = await Promise.all(entries.map((entry) => this.options.downloads.whenSettled(entry.id)));
    for (const progress of settled) this.onProgress(progress, false);
    const [model, adapter] = [this.model?.progress, this.adapter?.progress];
    const installed = model?.state === 'installed' && (adapterEntry === null || adapter?.state === 'installed');
    if (!installed || !model?.installedPath) {
      this.phase = 'idle';
      return;
    }
    this.phase = 'loading';
    this.publish();
    try {
      await this.options.load({ modelPath: model.installedPath, loraPath: adapter?.installedPath ?? null });
      this.phase = 'loaded';
    } catch (error) {
      this.phase = 'load-failed';
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  private stateOf(entryId: string): SetupEntryState | null {
    if (this.model?.entryId === entryId) return this.model;
    if (this.adapter?.entryId === entryId) return this.adapter;
    return null;
  }

  private onProgress(progress: DownloadProgress, publish = true): void {
    const state = this.stateOf(progress.entryId);
    if (!state) return;
    state.progress = progress;
    if (progress.state !== 'not-installed') state.startError = null;
    if (publish) this.publish();
  }

  private publish(): void {
    if (this.model === null) return; // nothing planned yet
    this.options.emit(this.status());
  }

  private async entryState(entry: CatalogEntry): Promise<SetupEntryState> {
    return {
      entryId: entry.id,
      progress: await this.options.downloads.progress(entry.id),
      catalogBytes: entry.files.reduce((sum, file) => sum + (file.sizeBytes ?? file.approxSizeBytes), 0),
      startError: null,
    };
  }

  private requireEntry(entryId: string, kind: CatalogEntry['kind']): CatalogEntry {
    const entry = findEntry(this.options.downloads.catalog, entryId);
    if (!entry) throw new ApiError('not_found', `There is no catalog entry "${entryId}".`);
    if (entry.kind !== kind) {
      throw new ApiError('invalid_payload', `"${entryId}" is not ${kind === 'model' ? 'a model' : 'an adapter'}.`);
    }
    return entry;
  }
}
