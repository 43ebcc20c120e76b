// Imports started from the renderer with a request id: their progress as throttled events, and Cancel.
// Cancel stops an import until its notes commit (nothing is saved then); once media files are being
// stored the notes are saved, so Cancel answers `cancelled: false` and the import finishes.
import type { ImportProgress } from '../../../../preload/contract/features/card-tools';
import { ApiError } from '../../../../preload/contract/envelope';
import type { ImportSummary } from './deck-import';
import type { TransferImportOptions } from './transfer-service';

export interface ImportJobsDeps {
  transfer: { importFile(path: string, options?: TransferImportOptions): Promise<ImportSummary> };
  emit(progress: ImportProgress): void;
  /** Least time between two events of one import (phase changes and a phase's end go out at once). */
  intervalMs?: number;
  now?: () => number;
}

interface Job {
  controller: AbortController;
  /** The notes are saved (media files are being stored): too late to cancel. */
  committed: boolean;
}

/** Sends at once on a phase change or a phase's end, otherwise at most every `intervalMs`, the last one held. */
class ProgressThrottle {
  private last: ImportProgress | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private held: ImportProgress | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (progress: ImportProgress) => void,
    private readonly intervalMs: number,
    private readonly now: () => number,
  ) {}

  push(progress: ImportProgress): void {
    const urgent = this.last?.phase !== progress.phase || progress.done >= progress.total;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (urgent || wait <= 0) {
      this.sendNow(progress);
      return;
    }
    this.held = progress;
    this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Sends what is held, and stops the timer. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.held !== null) this.sendNow(this.held);
  }

  private sendNow(progress: ImportProgress): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.held = null;
    this.last = progress;
    this.lastSentAt = this.now();
    this.send(progress);
  }
}

export class ImportJobs {
  private readonly running = new Map<string, Job>();

  constructor(private readonly deps: ImportJobsDeps) {}

  /** Imports `path`; with a request id, reports progress for it and lets cancel(requestId) stop it. */
  async run(path: string, requestId?: string): Promise<ImportSummary> {
    if (requestId === undefined) return this.deps.transfer.importFile(path);
    if (this.running.has(requestId)) {
      throw new ApiError('conflict', `An import with request id "${requestId}" is already running`);
    }
    const job: Job = { controller: new AbortController(), committed: false };
    this.running.set(requestId, job);
    const throttle = new ProgressThrottle(
      (progress) => this.deps.emit(progress),
      this.deps.intervalMs ?? 200,
      this.deps.now ?? Date.now,
    );
    throttle.push({ requestId, phase: 'reading', done: 0, total: 1 });
    try {
      return await this.deps.transfer.importFile(path, {
        signal: job.controller.signal,
        onProgress: ({ phase, done, total }) => {
          if (phase === 'storing-media') job.committed = true;
          throttle.push({ requestId, phase, done, total });
        },
      });
    } finally {
      throttle.flush();
      this.running.delete(requestId);
    }
  }

  /** Whether an import is running now. */
  isRunning(): boolean {
    return this.running.size > 0;
  }

  /** True when the import will stop with nothing saved; false when unknown or its notes are saved already. */
  cancel(requestId: string): { cancelled: boolean } {
    const job = this.running.get(requestId);
    if (job === undefined || job.committed) return { cancelled: false };
    job.controller.abort();
    return { cancelled: true };
  }
}
