// When to restart a failed host: backoff delays, and the consecutive-failure limit that gives up.

export type FailureVerdict = { giveUp: true; failures: number } | { giveUp: false; waitMs: number };

export class RestartPolicy {
  private readonly backoffMs: number[];
  private readonly maxFailures: number;
  /** Failures in a row; only a successful load (or an explicit one) resets it. */
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;

  /** `backoffMs`: delay before each restart after a crash; the last value repeats. */
  constructor(backoffMs?: number[], maxFailures?: number) {
    this.backoffMs = backoffMs?.length ? backoffMs : [250, 1000, 2000, 5000];
    this.maxFailures = maxFailures ?? 3;
  }

  reset(): void {
    this.failures = 0;
  }

  /** Counts one more failure and says whether to give up or how long to wait before restarting. */
  recordFailure(): FailureVerdict {
    this.failures++;
    if (this.failures >= this.maxFailures) return { giveUp: true, failures: this.failures };
    const waitMs = this.backoffMs[Math.min(this.failures - 1, this.backoffMs.length - 1)] ?? 1000;
    return { giveUp: false, waitMs };
  }

  schedule(waitMs: number, restart: () => void): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      restart();
    }, waitMs);
  }

  /** A restart is waiting for its backoff to pass. */
  get scheduled(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
