// Runs evaluations in the background for the contract: owns each run's key and AbortController,
// allows one run at a time, and turns the Evaluator's progress and result into events.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ApiError } from '../../../preload/contract/envelope';
import type { EvaluationDone, EvaluationRunRequest } from '../../../preload/contract/features/evaluation';
import type { AdapterInfo } from '../../../preload/contract/schemas';
import type { EventSink } from '../events';
import { parseEvaluationLines } from './dataset';
import type { EvaluationRun, Evaluator } from './types';

/** What a run needs to know about the loaded model before it starts (ModelService in the app). */
export interface EvaluationModel {
  /** Throws a 'model_unavailable' ApiError when this computer has no model ready (Evaluate never uses a server). */
  requireScoringModel(): unknown;
  loadedAdapter(): AdapterInfo | null;
}

export interface EvaluationRunsDependencies {
  evaluator: Evaluator;
  model: EvaluationModel;
  events: EventSink;
  /** Why the model cannot score now (e.g. it is busy answering), or null; absent = never busy. */
  busyReason?: () => string | null;
  /** The sample data file shipped with the app; absent or missing on disk = no sample. */
  samplePath?: string | null;
}

interface ActiveRun {
  runKey: string;
  controller: AbortController;
  done: Promise<void>;
}

export class EvaluationRuns {
  private active: ActiveRun | null = null;

  constructor(private readonly deps: EvaluationRunsDependencies) {}

  /** Checks what can be checked at once, then scores in the background; the result comes as 'evaluation:done'. */
  start(request: EvaluationRunRequest): { runKey: string } {
    if (this.active) {
      throw new ApiError('conflict', 'An evaluation is already running. Cancel it or wait for it to finish.');
    }
    this.deps.model.requireScoringModel();
    if (request.variants.includes('adapter') && !this.deps.model.loadedAdapter()) {
      throw new ApiError(
        'model_unavailable',
        'No LoRA adapter is loaded, so "base + adapter" cannot be scored. Choose an adapter in Settings and load the model, or evaluate the base model alone.',
      );
    }
    const busy = this.deps.busyReason?.() ?? null;
    if (busy) throw new ApiError('conflict', busy);
    requireDataFile(request.dataPath);

    const runKey = randomUUID();
    const controller = new AbortController();
    const active: ActiveRun = { runKey, controller, done: Promise.resolve() };
    this.active = active;
    // Next turn of the event loop: the caller's reply (with the key) goes out before any event.
    active.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.score(runKey, request, controller.signal))
      .then((done) => this.deps.events.emit('evaluation:done', done))
      .finally(() => {
        if (this.active === active) this.active = null;
      });
    return { runKey };
  }

  /** Stops the run between items; its done event then says 'cancelled'. */
  cancel(runKey: string): { cancelled: boolean } {
    if (this.active?.runKey !== runKey || this.active.controller.signal.aborted) return { cancelled: false };
    this.active.controller.abort();
    return { cancelled: true };
  }

  list(): EvaluationRun[] {
    return this.deps.evaluator.list();
  }

  delete(id: number): { id: number } {
    this.deps.evaluator.delete(id);
    return { id };
  }

  /** Where the shipped sample is and how many items it has, so the view can offer it. */
  sample(): { path: string | null; items: number } {
    const path = this.deps.samplePath ?? null;
    if (path === null) return { path: null, items: 0 };
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // A build without the resources folder (or a damaged install): simply no sample to offer.
      return { path: null, items: 0 };
    }
    return { path, items: parseEvaluationLines(text).length };
  }

  isRunning(): boolean {
    return this.active !== null;
  }

  /** Cancels a running evaluation and waits for it to settle (app shutdown). */
  async dispose(): Promise<void> {
    const active = this.active;
    if (!active) return;
    active.controller.abort();
    await active.done;
  }

  private async score(runKey: string, request: EvaluationRunRequest, signal: AbortSignal): Promise<EvaluationDone> {
    try {
      const runs = await this.deps.evaluator.run(
        { dataPath: request.dataPath, variants: request.variants },
        {
          runKey,
          signal,
          onProgress: (progress) => this.deps.events.emit('evaluation:progress', { ...progress, runKey }),
        },
      );
      // Finished: a cancel that came after the last item changes nothing (the runs are stored).
      return { runKey, status: 'complete', runs, error: null };
    } catch (error) {
      if (signal.aborted) return { runKey, status: 'cancelled', runs: [], error: null };
      return { runKey, status: 'failed', runs: [], error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** A missing or unreadable data file is refused at once rather than reported later as a failed run. */
function requireDataFile(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new ApiError('not_found', `Data file not found: ${path}`);
  }
  if (!isFile) throw new ApiError('invalid_payload', `Not a file: ${path}. Choose a .jsonl data file.`);
}
