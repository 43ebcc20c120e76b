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

/** Ping round trips seen so far: how close a busy host came to being taken for a hung one. */
export interface WatchdogStats {
  pongs: number;
  maxRoundTripMs: number;
}

/**
 * Defaults: a hang is noticed within ~2.5 s. Pongs come from the host's event loop, which stays free
 * while llama.cpp computes on its own native threads (model loads and generation are async there),
 * so a busy host still answers; tests/integration/model-host/watchdog-busy-host.test.ts checks it.
 */
export const DEFAULT_PING_INTERVAL_MS = 500;
export const DEFAULT_HANG_TIMEOUT_MS = 2000;

export class HostWatchdog {
  private readonly pingIntervalMs: number;
  private readonly hangTimeoutMs: number;
  private readonly startTimeoutMs: number;
  private pingTimer: NodeJS.Timeout | null = null;
  private pongTimer: NodeJS.Timeout | null = null;
  private startTimer: NodeJS.Timeout | null = null;
  private pingNonce = 0;
  private pingSentAt = 0;
  private readonly roundTrips: WatchdogStats = { pongs: 0, maxRoundTripMs: 0 };

  constructor(
    options: HostWatchdogOptions,
    private readonly hooks: HostWatchdogHooks,
  ) {
    this.pingIntervalMs = options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
    this.hangTimeoutMs = options.hangTimeoutMs ?? DEFAULT_HANG_TIMEOUT_MS;
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
      this.pingSentAt = performance.now();
      this.hooks.ping(this.pingNonce);
      this.armPongTimer(gen, this.pingNonce);
    }, this.pingIntervalMs);
    this.pingTimer.unref(); // pings alone must not keep a CLI or test process alive
  }

  onPong(nonce: number): void {
    if (nonce !== this.pingNonce || !this.pongTimer) return;
    this.roundTrips.pongs++;
    this.roundTrips.maxRoundTripMs = Math.max(this.roundTrips.maxRoundTripMs, performance.now() - this.pingSentAt);
    this.clearPongTimer();
  }

  stats(): WatchdogStats {
    return { ...this.roundTrips };
  }

  stop(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    this.clearPongTimer();
  }

  private armPongTimer(gen: number, nonce: number): void {
    const armedAt = performance.now();
    this.pongTimer = setTimeout(() => {
      // Timers run before I/O in Node's loop: if main itself was blocked, a pong may be queued
      // behind this timer. Decide after the poll phase, and grant a blocked main its lost time.
      setImmediate(() => {
        if (this.pingNonce !== nonce || !this.pongTimer) return; // answered meanwhile
        const late = performance.now() - armedAt - this.hangTimeoutMs;
        if (late > this.hangTimeoutMs / 2) {
          this.armPongTimer(gen, nonce);
          return;
        }
        this.onHang(gen);
      });
    }, this.hangTimeoutMs);
    this.pongTimer.unref();
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
