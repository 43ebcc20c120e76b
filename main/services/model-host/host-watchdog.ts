// Kills a host that does not start in time or stops answering pings (a hang looks like a crash).

export interface HostWatchdogOptions {
  pingIntervalMs?: number;
  /** No pong for this long means the host hangs. */
  hangTimeoutMs?: number;
  /** A host that has not said 'ready' after this long is killed. */
  startTimeoutMs?: number;
}

export interface HostWatchdogHooks {
  /** Whether the host launched as `gen` is still the live one. */
  isCurrent(gen: number): boolean;
  ping(nonce: number): void;
  kill(gen: number, reason: string): void;
}

export class HostWatchdog {
  private readonly pingIntervalMs: number;
  private readonly hangTimeoutMs: number;
  private readonly startTimeoutMs: number;
  private pingTimer: NodeJS.Timeout | null = null;
  private pongTimer: NodeJS.Timeout | null = null;
  private startTimer: NodeJS.Timeout | null = null;
  private pingNonce = 0;

  constructor(
    options: HostWatchdogOptions,
    private readonly hooks: HostWatchdogHooks,
  ) {
    this.pingIntervalMs = options.pingIntervalMs ?? 3000;
    this.hangTimeoutMs = options.hangTimeoutMs ?? 15_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
  }

  /** Arms the start timeout for a host just launched. */
  watchStart(gen: number): void {
    this.startTimer = setTimeout(
      () => this.hooks.kill(gen, `did not start within ${this.startTimeoutMs} ms`),
      this.startTimeoutMs,
    );
    this.startTimer.unref();
  }

  /** The host said 'ready': the start timeout ends and pings begin. */
  startPings(gen: number): void {
    this.stop();
    this.pingTimer = setInterval(() => {
      if (!this.hooks.isCurrent(gen) || this.pongTimer) return;
      this.pingNonce++;
      this.hooks.ping(this.pingNonce);
      this.pongTimer = setTimeout(() => this.onHang(gen), this.hangTimeoutMs);
      this.pongTimer.unref();
    }, this.pingIntervalMs);
    this.pingTimer.unref(); // pings alone must not keep a CLI or test process alive
  }

  onPong(nonce: number): void {
    if (nonce === this.pingNonce) this.clearPongTimer();
  }

  stop(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    this.clearPongTimer();
  }

  private onHang(gen: number): void {
    this.pongTimer = null;
    this.hooks.kill(gen, `stopped responding for ${this.hangTimeoutMs} ms`);
  }

  private clearPongTimer(): void {
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.pongTimer = null;
  }
}
