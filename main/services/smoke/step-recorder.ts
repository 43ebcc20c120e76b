// Runs smoke steps one after another, each under a deadline, recording ok/failed/skipped, time and error.
import type { SmokeStep, SmokeStepName } from './smoke-report';

export type StepDetails = Record<string, unknown>;

export class StepRecorder {
  readonly steps: SmokeStep[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  get failed(): boolean {
    return this.steps.some((step) => step.status === 'failed');
  }

  /** Runs `body` unless an earlier step failed; a throw or passing `timeoutMs` marks it failed. True if it passed. */
  async run(name: SmokeStepName, timeoutMs: number, body: () => Promise<StepDetails>): Promise<boolean> {
    const first = this.steps.find((step) => step.status === 'failed');
    if (first) {
      this.skip(name, `not run: step "${first.name}" failed`);
      return false;
    }
    return this.runAlways(name, timeoutMs, body);
  }

  /** Like run, but also after a failure (closing the app must happen whatever went before). */
  async runAlways(name: SmokeStepName, timeoutMs: number, body: () => Promise<StepDetails>): Promise<boolean> {
    const started = this.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      const details = await Promise.race([body(), deadline]);
      this.steps.push({ name, status: 'ok', ms: this.elapsed(started), error: null, details });
      return true;
    } catch (error) {
      if (error instanceof StepSkipped) {
        this.steps.push({ name, status: 'skipped', ms: this.elapsed(started), error: error.message, details: {} });
        return true;
      }
      const details = error instanceof StepFailure ? error.details : {};
      this.steps.push({ name, status: 'failed', ms: this.elapsed(started), error: messageOf(error), details });
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  skip(name: SmokeStepName, reason: string): void {
    this.steps.push({ name, status: 'skipped', ms: 0, error: reason, details: {} });
  }

  private elapsed(started: number): number {
    return Math.round(this.now() - started);
  }
}

/** A step's failure that keeps what the step saw (e.g. the answer that came back empty). */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly details: StepDetails,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}

/** Thrown by a step that found it cannot run here (e.g. no OS keyring): recorded as skipped with the reason. */
export class StepSkipped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StepSkipped';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
