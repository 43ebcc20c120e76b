// Download speed over a sliding window, and the time left at that speed.

export interface SpeedSample {
  bytesPerSecond: number | null;
  etaSeconds: number | null;
}

export class ProgressMeter {
  private samples: { at: number; bytes: number }[] = [];

  constructor(
    private readonly windowMs = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records the running byte count; call on every chunk. */
  record(bytes: number): void {
    const at = this.now();
    this.samples.push({ at, bytes });
    // Keep one sample older than the window so the rate spans the whole window.
    while (this.samples.length > 2 && (this.samples[1]?.at ?? at) < at - this.windowMs) this.samples.shift();
  }

  /** Forget the history (after a pause or a reconnect the old rate means nothing). */
  reset(): void {
    this.samples = [];
  }

  read(receivedBytes: number, totalBytes: number | null): SpeedSample {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.at - first.at < 200) return { bytesPerSecond: null, etaSeconds: null };
    const bytesPerSecond = ((last.bytes - first.bytes) * 1000) / (last.at - first.at);
    if (bytesPerSecond <= 0) return { bytesPerSecond: 0, etaSeconds: null };
    const etaSeconds = totalBytes === null ? null : Math.max(0, (totalBytes - receivedBytes) / bytesPerSecond);
    return { bytesPerSecond, etaSeconds };
  }
}
