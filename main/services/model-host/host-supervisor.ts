// Keeps one model host process alive: launches it, watches it (start timeout, pings, Stop deadline),
// and after a crash or hang restarts it with backoff or gives up. What runs on the host (models,
// requests) is the client's business; the supervisor only says when the process is ready or lost.
import { deferred, delay, type Deferred } from './deferred';
import { crashSummary, hostExitError, HostCrashedError, messageOf } from './errors';
import type { ModelHostClientOptions } from './host-client-options';
import type { HostExitInfo, HostLauncher, HostProcess } from './host-process';
import type { HostStatusPublisher } from './host-status';
import { HostWatchdog, type WatchdogStats } from './host-watchdog';
import type { LogRing } from './log-ring';
import { parseHostMessage, type ClientMessage, type HostMessage } from './protocol';
import { RestartPolicy } from './restart-policy';

/** Host messages the client handles (the supervisor answers 'ready' and 'pong' itself). */
export type ClientBoundMessage = Exclude<HostMessage, { type: 'ready' } | { type: 'pong' }>;

/** What the client hears from the supervisor (all for the live process only). */
export interface SupervisorHooks {
  /** The process said 'ready' (also after a restart). */
  onReady(): void;
  /** A valid message other than 'ready' and 'pong'. */
  onMessage(message: ClientBoundMessage): void;
  /** A message that failed the protocol's schema. */
  onInvalidMessage(raw: unknown, error: string): void;
  /** The process is gone (a crash, a kill, or stop): whatever it held in memory is gone with it. */
  onGone(): void;
  /** It crashed, hung or failed to start: in-flight work fails with `error`. */
  onFailure(error: HostCrashedError): void;
  /** Writes a line to the log (ring + the app's log file). */
  log(line: string): void;
}

/** How long the host may take to end a request after Stop before it is killed. */
const DEFAULT_STOP_DEADLINE_MS = 2000;

export class HostSupervisor {
  private readonly launcher: HostLauncher;
  private readonly restart: RestartPolicy;
  private readonly watchdog: HostWatchdog;
  private readonly stopDeadlineMs: number;

  private proc: HostProcess | null = null;
  /** Increments per launched process, so late events of a dead one are ignored. */
  private generation = 0;
  private hostReady: Deferred<void> = deferred();
  /** Why the supervisor killed the host itself (hang, slow start, Stop deadline), for the crash message. */
  private killReason: string | null = null;
  /** Log position when the current host was launched: crash reports quote only its own lines. */
  private launchLogMark = 0;
  private stopping: Deferred<void> | null = null;
  private stopped = false;

  constructor(
    options: ModelHostClientOptions,
    private readonly status: HostStatusPublisher,
    private readonly logs: LogRing,
    private readonly hooks: SupervisorHooks,
  ) {
    this.launcher = options.launcher;
    this.restart = new RestartPolicy(options.restartBackoffMs, options.maxConsecutiveFailures);
    this.watchdog = new HostWatchdog(options, {
      isCurrent: (gen) => gen === this.generation && this.proc !== null,
      ping: (nonce) => this.send({ type: 'ping', nonce }),
      kill: (gen, reason) => this.kill(gen, reason),
    });
    this.stopDeadlineMs = options.stopDeadlineMs ?? DEFAULT_STOP_DEADLINE_MS;
  }

  /** Resolves when the current (or next) process is ready; rejects when it fails first. */
  get ready(): Promise<void> {
    return this.hostReady.promise;
  }

  /** A process is running (it may still be starting). */
  get running(): boolean {
    return this.proc !== null;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Starts a process unless one runs, a restart is pending, or the supervisor gave up. */
  start(): void {
    if (this.stopped || this.proc || this.restart.scheduled || this.status.current.state === 'unavailable') return;
    this.launch();
  }

  /** Starts a process now if none runs (also cutting a pending restart's backoff short). */
  ensureRunning(): void {
    if (this.proc) return;
    this.restart.cancel();
    this.launch();
  }

  /** The host did useful work (a load or an answer): earlier crashes no longer count towards giving up. */
  markHealthy(): void {
    this.restart.reset();
  }

  send(message: ClientMessage): void {
    this.proc?.postMessage(message);
  }

  /**
   * Sends 'abort' for a request when `abort` is called; a host that has not ended the request
   * within the Stop deadline (hung in native code, or its event loop blocked) is killed, so restarted.
   */
  abortWithDeadline(requestId: string): { abort: () => void; settled: () => void } {
    let deadline: NodeJS.Timeout | null = null;
    return {
      abort: () => {
        const gen = this.generation;
        this.send({ type: 'abort', requestId });
        deadline = setTimeout(
          () => this.kill(gen, `did not stop within ${this.stopDeadlineMs} ms of Stop`),
          this.stopDeadlineMs,
        );
      },
      settled: () => {
        if (deadline) clearTimeout(deadline);
      },
    };
  }

  watchdogStats(): WatchdogStats {
    return this.watchdog.stats();
  }

  /** Stops the process for good (no restart); waits up to 3 s for it to exit. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.restart.cancel();
    const proc = this.proc;
    if (proc) {
      this.stopping = deferred();
      proc.kill();
      // Do not hang shutdown on a process that will not report its exit.
      await Promise.race([this.stopping.promise, delay(3000)]);
      if (this.proc === proc) this.onExit(this.generation, { code: null, signal: 'SIGKILL' });
    }
    this.watchdog.stop();
  }

  private launch(): void {
    const gen = ++this.generation;
    this.hostReady = deferred();
    this.killReason = null;
    this.launchLogMark = this.logs.mark();
    this.status.publish({
      state: 'starting',
      message: 'Starting the model host',
      lastError: this.status.current.lastError,
    });
    let proc: HostProcess;
    try {
      proc = this.launcher.launch();
    } catch (error) {
      this.fail(new HostCrashedError(`Could not start the model host: ${messageOf(error)}`, null, null, []));
      return;
    }
    this.proc = proc;
    proc.onMessage((raw) => this.onMessage(gen, raw));
    proc.onExit((info) => this.onExit(gen, info));
    proc.onOutput?.((line) => this.hooks.log(`[host] ${line}`));
    this.watchdog.watchStart(gen);
  }

  private kill(gen: number, reason: string): void {
    if (gen !== this.generation || !this.proc) return;
    this.killReason = reason;
    this.hooks.log(`[client] the model host ${reason}; killing it`);
    this.proc.kill();
  }

  private onMessage(gen: number, raw: unknown): void {
    if (gen !== this.generation) return;
    const parsed = parseHostMessage(raw);
    if (!parsed.ok) {
      this.hooks.log(`[client] ignored an invalid host message: ${parsed.error}`);
      this.hooks.onInvalidMessage(raw, parsed.error);
      return;
    }
    const { message } = parsed;
    if (message.type === 'ready') {
      // Pings start only now: starting up (imports, native binaries) may block the host's event loop.
      this.watchdog.startPings(this.generation);
      this.hostReady.resolve();
      this.hooks.onReady();
    } else if (message.type === 'pong') {
      this.watchdog.onPong(message.nonce);
    } else {
      this.hooks.onMessage(message);
    }
  }

  private onExit(gen: number, info: HostExitInfo): void {
    if (gen !== this.generation || !this.proc) return;
    this.proc = null;
    this.watchdog.stop();
    this.hooks.onGone();
    if (this.stopping) {
      this.stopping.resolve();
      return;
    }
    this.fail(hostExitError(info, this.killReason, this.logs.since(this.launchLogMark)));
  }

  /** A crash, hang or failed start: fail in-flight work, then restart with backoff or give up. */
  private fail(error: HostCrashedError): void {
    this.proc = null;
    this.hooks.onFailure(error);
    this.hostReady.reject(error);
    const verdict = this.restart.recordFailure();
    // The status shows one line; the full log tail stays on the error and in the log ring.
    const summary = crashSummary(error);
    if (this.stopped) return;
    if (verdict.giveUp) {
      this.status.publish({
        state: 'unavailable',
        message: `${summary} It failed ${verdict.failures} times in a row and was not restarted.`,
        lastError: summary,
      });
      return;
    }
    const wait = verdict.waitMs;
    this.status.publish({ state: 'crashed', message: `Restarting the model host in ${wait} ms`, lastError: summary });
    this.restart.schedule(wait, () => {
      if (!this.stopped && !this.proc) this.launch();
    });
  }
}
