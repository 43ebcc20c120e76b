// Client side of the model host: survives host crashes and hangs, restarts it and reloads the model.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { deferred, delay, type Deferred } from './deferred';
import {
  crashSummary,
  errorFromHostReply,
  hostExitError,
  HostCrashedError,
  HostDisposedError,
  HostRequestError,
  ModelLoadError,
  ScoringAbortedError,
} from './errors';
import type { GenerateOptions, ModelHostClientOptions } from './host-client-options';
import type { HostExitInfo, HostLauncher, HostProcess } from './host-process';
import { HostStatusPublisher, type HostState, type HostStatus } from './host-status';
import { HostWatchdog, type WatchdogStats } from './host-watchdog';
import { LogRing } from './log-ring';
import { whenModelReady } from './model-readiness';
import { PendingRequests } from './pending-requests';
import {
  emptyAbortedResult,
  generateRequestSchema,
  loadConfigSchema,
  parseHostMessage,
  type CalibrationProgressMessage,
  type ClientMessage,
  type FaultKind,
  type GenerateRequest,
  type GenerateResult,
  type HostMessage,
  type HostStats,
  type LoadConfig,
  type ModelInfo,
  type ScoreRequest,
  type ScoreResult,
  scoreRequestSchema,
  tokenizeRequestSchema,
} from './protocol';
import { RestartPolicy } from './restart-policy';

export type { HostState, HostStatus } from './host-status';
export type { GenerateOptions, ModelHostClientOptions } from './host-client-options';

export interface LoadOptions {
  /** Each thread count a calibrating load has measured (see LoadConfig.calibrate). */
  onCalibrationProgress?: (progress: CalibrationProgressMessage) => void;
}

export class ModelHostClient {
  private readonly launcher: HostLauncher;
  private readonly onHostLog?: (line: string) => void;

  private readonly statusBoard = new HostStatusPublisher((error) =>
    this.recordLog(`[client] status listener threw: ${messageOf(error)}`),
  );
  private readonly logs = new LogRing(200);
  private readonly pending = new PendingRequests();
  private readonly restart: RestartPolicy;
  private readonly watchdog: HostWatchdog;
  private readonly stopDeadlineMs: number;

  private proc: HostProcess | null = null;
  /** Increments per launched process, so late events of a dead one are ignored. */
  private generation = 0;
  private hostReady: Deferred<void> = deferred();
  private activeGenerations = 0;

  /** The model the user wants loaded; reloaded after a crash. */
  private desiredConfig: LoadConfig | null = null;
  private modelInfo: ModelInfo | null = null;
  private userLoadsWaiting = 0;

  /** Why the client killed the host itself (hang, slow start), for the crash message. */
  private killReason: string | null = null;
  /** Log position when the current host was launched: crash reports quote only its own lines. */
  private launchLogMark = 0;
  private stopping: Deferred<void> | null = null;
  private disposed = false;

  constructor(options: ModelHostClientOptions) {
    this.launcher = options.launcher;
    this.restart = new RestartPolicy(options.restartBackoffMs, options.maxConsecutiveFailures);
    this.watchdog = new HostWatchdog(options, {
      isCurrent: (gen) => gen === this.generation && this.proc !== null,
      ping: (nonce) => this.send({ type: 'ping', nonce }),
      kill: (gen, reason) => this.killHost(gen, reason),
    });
    this.onHostLog = options.onHostLog;
    this.stopDeadlineMs = options.stopDeadlineMs ?? DEFAULT_STOP_DEADLINE_MS;
  }

  // ---------------------------------------------------------------- public API

  /** Starts the host process (idempotent). */
  start(): void {
    if (this.disposed || this.proc || this.restart.scheduled || this.status.state === 'unavailable') return;
    this.launch();
  }

  /**
   * Loads a model (replacing any loaded one). Rejects with ModelLoadError for bad files. With
   * `config.calibrate`, the host measures thread counts before the model is ready (status 'loading'
   * with "Tuning for this computer… 1/2", and `onCalibrationProgress`).
   */
  async load(config: LoadConfig, options: LoadOptions = {}): Promise<ModelInfo> {
    this.assertNotDisposed();
    const parsed = loadConfigSchema.parse(config);
    this.desiredConfig = parsed;
    this.restart.reset(); // an explicit load is a fresh start, also after 'unavailable'
    this.userLoadsWaiting++;
    try {
      this.ensureProcess();
      await this.hostReady.promise;
    } finally {
      this.userLoadsWaiting--;
    }
    return this.sendLoad(parsed, options);
  }

  async unload(): Promise<void> {
    this.assertNotDisposed();
    this.desiredConfig = null;
    if (!this.proc) {
      this.modelInfo = null;
      return;
    }
    await this.hostReady.promise;
    await new Promise<void>((resolve, reject) => {
      const requestId = randomUUID();
      this.pending.add(requestId, { kind: 'unload', resolve, reject });
      this.send({ type: 'unload', requestId });
    });
    this.modelInfo = null;
    this.setStatus({ state: 'idle' });
  }

  /** Generates an answer; aborting the signal stops it and resolves with the partial text. */
  async generate(request: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResult> {
    this.assertNotDisposed();
    const parsed = generateRequestSchema.parse(request);
    await this.whenReady();
    const { signal, onDelta } = options;
    if (signal?.aborted) return emptyAbortedResult(parsed.profile);

    const { requestId } = parsed;
    this.activeGenerations++;
    this.refreshLoadedState();
    const stopper = this.abortWithDeadline(requestId);
    try {
      const result = await new Promise<GenerateResult>((resolve, reject) => {
        this.pending.add(requestId, { kind: 'generate', resolve, reject, onDelta });
        this.send({ type: 'generate', request: parsed });
        signal?.addEventListener('abort', stopper.abort, { once: true });
      });
      // A host that answers is healthy again: earlier crashes no longer count towards giving up.
      this.restart.reset();
      return result;
    } finally {
      signal?.removeEventListener('abort', stopper.abort);
      stopper.settled();
      this.activeGenerations--;
      this.refreshLoadedState();
    }
  }

  /** Tokens of `text` exactly as a chat prompt is tokenized (`bos`: a prompt's start, else a continuation). */
  async tokenize(text: string, options: { bos: boolean }): Promise<number[]> {
    this.assertNotDisposed();
    const request = tokenizeRequestSchema.parse({ requestId: randomUUID(), text, bos: options.bos });
    await this.whenReady();
    return new Promise<number[]>((resolve, reject) => {
      this.pending.add(request.requestId, { kind: 'tokenize', resolve, reject });
      this.send({ type: 'tokenize', request });
    });
  }

  /**
   * ln p(token_i | tokens_<i) for i ≥ 1, on a fresh sequence with the requested LoRA setting.
   * Aborting stops the host within one chunk of tokens; the call then rejects with
   * ScoringAbortedError, once the host has let go of the sequence (so the next request finds it free).
   */
  async scoreTokens(
    input: Omit<ScoreRequest, 'requestId'>,
    options: { signal?: AbortSignal } = {},
  ): Promise<ScoreResult> {
    this.assertNotDisposed();
    const request = scoreRequestSchema.parse({ ...input, requestId: randomUUID() });
    const { signal } = options;
    await this.whenReady();
    if (signal?.aborted) throw new ScoringAbortedError('Scoring was stopped.');
    const { requestId } = request;
    this.activeGenerations++;
    this.refreshLoadedState();
    const stopper = this.abortWithDeadline(requestId);
    try {
      return await new Promise<ScoreResult>((resolve, reject) => {
        const fail = (error: Error): void =>
          reject(
            signal?.aborted && error instanceof HostRequestError
              ? new ScoringAbortedError('Scoring was stopped.')
              : error,
          );
        this.pending.add(requestId, { kind: 'score', resolve, reject: fail });
        signal?.addEventListener('abort', stopper.abort, { once: true });
        this.send({ type: 'score', request });
      });
    } finally {
      signal?.removeEventListener('abort', stopper.abort);
      stopper.settled();
      this.activeGenerations--;
      this.refreshLoadedState();
    }
  }

  getStatus(): HostStatus {
    return { ...this.status };
  }

  onStatus(listener: (status: HostStatus) => void): () => void {
    return this.statusBoard.subscribe(listener);
  }

  /** What the host holds in memory: model loads, contexts per LoRA setting, its RSS. */
  async stats(): Promise<HostStats> {
    this.assertNotDisposed();
    this.ensureProcess();
    await this.hostReady.promise;
    return new Promise<HostStats>((resolve, reject) => {
      const requestId = randomUUID();
      this.pending.add(requestId, { kind: 'stats', resolve, reject });
      this.send({ type: 'stats', requestId });
    });
  }

  /** Ping round trips of the watchdog so far (how busy the host's event loop got). */
  watchdogStats(): WatchdogStats {
    return this.watchdog.stats();
  }

  /** Recent host log lines (llama.cpp warnings/errors, host stderr). */
  recentLogs(count = 50): string[] {
    return this.logs.tail(count);
  }

  /** Test hook: asks a host started with MEA_HOST_FAULTS=1 to crash or hang. */
  injectFault(kind: FaultKind): void {
    this.send({ type: 'fault', kind });
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Stops the host and rejects whatever is in flight. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.restart.cancel();
    const proc = this.proc;
    if (proc) {
      this.stopping = deferred();
      proc.kill();
      // Do not hang shutdown on a process that will not report its exit.
      await Promise.race([this.stopping.promise, delay(3000)]);
      if (this.proc === proc) this.onExit(this.generation, { code: null, signal: 'SIGKILL' });
    }
    this.pending.rejectAll(new HostDisposedError('The model host client was disposed.'));
    this.watchdog.stop();
    this.setStatus({ state: 'stopped' });
  }

  // ---------------------------------------------------------------- process lifecycle

  private ensureProcess(): void {
    if (this.proc) return;
    this.restart.cancel();
    this.launch();
  }

  private launch(): void {
    const gen = ++this.generation;
    this.hostReady = deferred();
    this.killReason = null;
    this.launchLogMark = this.logs.mark();
    this.setStatus({ state: 'starting', message: 'Starting the model host', lastError: this.status.lastError });
    let proc: HostProcess;
    try {
      proc = this.launcher.launch();
    } catch (error) {
      this.handleFailure(new HostCrashedError(`Could not start the model host: ${messageOf(error)}`, null, null, []));
      return;
    }
    this.proc = proc;
    proc.onMessage((raw) => this.onMessage(gen, raw));
    proc.onExit((info) => this.onExit(gen, info));
    proc.onOutput?.((line) => this.recordLog(`[host] ${line}`));
    this.watchdog.watchStart(gen);
  }

  private onExit(gen: number, info: HostExitInfo): void {
    if (gen !== this.generation || !this.proc) return;
    this.proc = null;
    this.watchdog.stop();
    this.modelInfo = null;
    if (this.stopping) {
      this.stopping.resolve();
      return;
    }
    this.handleFailure(hostExitError(info, this.killReason, this.logs.since(this.launchLogMark)));
  }

  /** A crash, hang or failed start: reject in-flight work, then restart with backoff or give up. */
  private handleFailure(error: HostCrashedError): void {
    this.proc = null;
    this.pending.rejectAll(error);
    this.hostReady.reject(error);
    const verdict = this.restart.recordFailure();
    // The status shows one line; the full log tail stays on the error and in recentLogs().
    const summary = crashSummary(error);
    if (this.disposed) return;
    if (verdict.giveUp) {
      this.setStatus({
        state: 'unavailable',
        message: `${summary} It failed ${verdict.failures} times in a row and was not restarted.`,
        lastError: summary,
      });
      return;
    }
    const wait = verdict.waitMs;
    this.setStatus({ state: 'crashed', message: `Restarting the model host in ${wait} ms`, lastError: summary });
    this.restart.schedule(wait, () => {
      if (!this.disposed && !this.proc) this.launch();
    });
  }

  private onHostReady(): void {
    // Pings start only now: starting up (imports, native binaries) may block the host's event loop.
    this.watchdog.startPings(this.generation);
    this.hostReady.resolve();
    if (this.desiredConfig && this.userLoadsWaiting === 0) {
      // Recovering from a crash: bring the last model back without the caller asking.
      this.sendLoad(this.desiredConfig).catch(() => {});
    } else if (!this.desiredConfig) {
      this.setStatus({ state: 'idle', lastError: this.status.lastError });
    }
  }

  private async sendLoad(config: LoadConfig, options: LoadOptions = {}): Promise<ModelInfo> {
    const requestId = randomUUID();
    this.modelInfo = null;
    this.setStatus({
      state: 'loading',
      message: `Loading ${path.basename(config.modelPath)}`,
      lastError: this.status.lastError,
    });
    try {
      const info = await new Promise<ModelInfo>((resolve, reject) => {
        const onCalibrationProgress = (progress: CalibrationProgressMessage): void => {
          if (this.desiredConfig === config) {
            const message = `Tuning for this computer… ${progress.done}/${progress.total}`;
            this.setStatus({ state: 'loading', message, lastError: this.status.lastError });
          }
          options.onCalibrationProgress?.(progress);
        };
        this.pending.add(requestId, { kind: 'load', resolve, reject, onCalibrationProgress });
        this.send({ type: 'load', requestId, config });
      });
      // A newer load may have been requested meanwhile; only the latest wins the status.
      if (this.desiredConfig === config) {
        this.restart.reset();
        this.modelInfo = info;
        this.setStatus({ state: 'ready', modelInfo: info });
        // A crash restart reloads with the measured count instead of measuring again.
        if (info.calibration) {
          const { generationThreads, promptThreads } = info.calibration;
          this.desiredConfig = { ...config, threads: generationThreads, promptThreads, calibrate: undefined };
        }
      }
      return info;
    } catch (error) {
      if (error instanceof ModelLoadError && this.desiredConfig === config) {
        this.desiredConfig = null;
        this.setStatus({ state: 'idle', lastError: error.message });
      }
      throw error;
    }
  }

  /**
   * Sends 'abort' for a request when its signal fires; a host that has not ended the request within
   * stopDeadlineMs (hung in native code, or its event loop blocked) is killed, and so restarted.
   */
  private abortWithDeadline(requestId: string): { abort: () => void; settled: () => void } {
    let deadline: NodeJS.Timeout | null = null;
    return {
      abort: () => {
        const gen = this.generation;
        this.send({ type: 'abort', requestId });
        deadline = setTimeout(
          () => this.killHost(gen, `did not stop within ${this.stopDeadlineMs} ms of Stop`),
          this.stopDeadlineMs,
        );
      },
      settled: () => {
        if (deadline) clearTimeout(deadline);
      },
    };
  }

  private killHost(gen: number, reason: string): void {
    if (gen !== this.generation || !this.proc) return;
    this.killReason = reason;
    this.recordLog(`[client] the model host ${reason}; killing it`);
    this.proc.kill();
  }

  // ---------------------------------------------------------------- messages

  private onMessage(gen: number, raw: unknown): void {
    if (gen !== this.generation) return;
    const parsed = parseHostMessage(raw);
    if (!parsed.ok) {
      this.recordLog(`[client] ignored an invalid host message: ${parsed.error}`);
      this.pending.rejectMalformedReply(raw, parsed.error);
      return;
    }
    this.handleHostMessage(parsed.message);
  }

  private handleHostMessage(message: HostMessage): void {
    switch (message.type) {
      case 'ready':
        this.onHostReady();
        return;
      case 'pong':
        this.watchdog.onPong(message.nonce);
        return;
      case 'log':
        this.recordLog(message.message);
        return;
      case 'error':
        this.onHostError(message);
        return;
      case 'info':
        // A context came or went: same model, fresh figures (VRAM use).
        if (!this.modelInfo || !this.proc) return;
        this.modelInfo = message.info;
        this.setStatus({ ...this.status, modelInfo: message.info });
        return;
      default:
        this.pending.settle(message);
    }
  }

  private onHostError(message: Extract<HostMessage, { type: 'error' }>): void {
    const log = message.log ?? [];
    for (const line of log) this.logs.push(line);
    const pending = message.requestId ? this.pending.take(message.requestId) : undefined;
    if (!pending) {
      this.recordLog(`[host error ${message.code}] ${message.message}`);
      return;
    }
    pending.reject(errorFromHostReply(message.code, message.message, log));
  }

  /** Waits while a model is (re)loading; rejects when none is loaded or wanted. */
  private whenReady(): Promise<void> {
    return whenModelReady({
      statusBoard: this.statusBoard,
      hasModel: () => this.modelInfo != null,
      wantsModel: () => this.desiredConfig != null,
    });
  }

  private send(message: ClientMessage): void {
    this.proc?.postMessage(message);
  }

  // ---------------------------------------------------------------- status

  private get status(): HostStatus {
    return this.statusBoard.current;
  }

  private refreshLoadedState(): void {
    if (!this.modelInfo || !this.proc) return;
    const state: HostState = this.activeGenerations > 0 ? 'generating' : 'ready';
    if (this.status.state !== state) this.setStatus({ state, modelInfo: this.modelInfo });
  }

  private setStatus(status: HostStatus): void {
    this.statusBoard.publish(status);
  }

  private recordLog(line: string): void {
    this.logs.push(line);
    this.onHostLog?.(line);
  }

  private assertNotDisposed(): void {
    if (this.disposed) throw new HostDisposedError('The model host client was disposed.');
  }
}

/** How long the host may take to end a request after Stop before it is killed. */
const DEFAULT_STOP_DEADLINE_MS = 2000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
