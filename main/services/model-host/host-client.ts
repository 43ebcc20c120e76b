// Client side of the model host: the model the user wants, and requests to it. The supervisor keeps
// the process alive; after a crash restart this client brings the model back without being asked.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  errorFromHostReply,
  HostDisposedError,
  HostRequestError,
  ModelLoadError,
  ScoringAbortedError,
  messageOf,
} from './errors';
import type { GenerateOptions, ModelHostClientOptions } from './host-client-options';
import { HostStatusPublisher, type HostState, type HostStatus } from './host-status';
import { HostSupervisor, type ClientBoundMessage } from './host-supervisor';
import type { WatchdogStats } from './host-watchdog';
import { LogRing } from './log-ring';
import { whenModelReady } from './model-readiness';
import { PendingRequests } from './pending-requests';
import { StateCache } from './state-cache/state-cache';
import {
  emptyAbortedResult,
  generateRequestSchema,
  loadConfigSchema,
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

export type { HostState, HostStatus } from './host-status';
export type { GenerateOptions, ModelHostClientOptions } from './host-client-options';

export interface LoadOptions {
  /** Each thread count a calibrating load has measured (see LoadConfig.calibrate). */
  onCalibrationProgress?: (progress: CalibrationProgressMessage) => void;
}

export class ModelHostClient {
  private readonly onHostLog?: (line: string) => void;

  private readonly statusBoard = new HostStatusPublisher((error) =>
    this.recordLog(`[client] status listener threw: ${messageOf(error)}`),
  );
  private readonly logs = new LogRing(200);
  private readonly pending = new PendingRequests();
  private readonly host: HostSupervisor;
  private activeGenerations = 0;

  /** The model the user wants loaded; reloaded after a crash. */
  private desiredConfig: LoadConfig | null = null;
  private modelInfo: ModelInfo | null = null;
  private userLoadsWaiting = 0;
  private disposed = false;

  constructor(options: ModelHostClientOptions) {
    this.onHostLog = options.onHostLog;
    this.host = new HostSupervisor(options, this.statusBoard, this.logs, {
      onReady: () => this.onHostReady(),
      onMessage: (message) => this.handleHostMessage(message),
      onInvalidMessage: (raw, error) => this.pending.rejectMalformedReply(raw, error),
      onGone: () => {
        this.modelInfo = null;
      },
      onFailure: (error) => this.pending.rejectAll(error),
      log: (line) => this.recordLog(line),
    });
  }

  // ---------------------------------------------------------------- public API

  /** Starts the host process (idempotent). */
  start(): void {
    if (!this.disposed) this.host.start();
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
    this.host.markHealthy(); // an explicit load is a fresh start, also after 'unavailable'
    this.userLoadsWaiting++;
    try {
      this.host.ensureRunning();
      await this.host.ready;
    } finally {
      this.userLoadsWaiting--;
    }
    return this.sendLoad(parsed, options);
  }

  async unload(): Promise<void> {
    this.assertNotDisposed();
    this.desiredConfig = null;
    if (!this.host.running) {
      this.modelInfo = null;
      return;
    }
    await this.host.ready;
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
    const stopper = this.host.abortWithDeadline(requestId);
    try {
      const result = await new Promise<GenerateResult>((resolve, reject) => {
        this.pending.add(requestId, { kind: 'generate', resolve, reject, onDelta });
        this.send({ type: 'generate', request: parsed });
        signal?.addEventListener('abort', stopper.abort, { once: true });
      });
      this.host.markHealthy();
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
    const stopper = this.host.abortWithDeadline(requestId);
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
    this.host.ensureRunning();
    await this.host.ready;
    return new Promise<HostStats>((resolve, reject) => {
      const requestId = randomUUID();
      this.pending.add(requestId, { kind: 'stats', resolve, reject });
      this.send({ type: 'stats', requestId });
    });
  }

  /**
   * Deletes the saved evaluation states in the cache folder `dir`: one conversation's (its session key)
   * or all. A running host deletes them (it may be writing one); without one they are deleted here.
   * Resolves with how many were deleted.
   */
  async forgetStates(dir: string, sessionKey?: string): Promise<number> {
    this.assertNotDisposed();
    if (this.host.running) {
      await this.host.ready;
      return new Promise<number>((resolve, reject) => {
        const requestId = randomUUID();
        this.pending.add(requestId, { kind: 'forget-states', resolve, reject });
        this.send({ type: 'forget-states', requestId, dir, ...(sessionKey === undefined ? {} : { sessionKey }) });
      });
    }
    if (!existsSync(dir)) return 0;
    const log = (_level: string, message: string): void => this.recordLog(message);
    const cache = await StateCache.open({ dir, maxBytes: Number.MAX_SAFE_INTEGER, log });
    return cache.forget(sessionKey);
  }

  /** Has the host write the conversation states still waiting for their idle time (before quitting). */
  async flushStates(): Promise<void> {
    this.assertNotDisposed();
    if (!this.host.running || !this.modelInfo) return;
    await new Promise<void>((resolve, reject) => {
      const requestId = randomUUID();
      this.pending.add(requestId, { kind: 'flush-states', resolve, reject });
      this.send({ type: 'flush-states', requestId });
    });
  }

  /** Ping round trips of the watchdog so far (how busy the host's event loop got). */
  watchdogStats(): WatchdogStats {
    return this.host.watchdogStats();
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
    return this.host.pid;
  }

  /** Stops the host and rejects whatever is in flight. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.host.stop();
    this.pending.rejectAll(new HostDisposedError('The model host client was disposed.'));
    this.setStatus({ state: 'stopped' });
  }

  // ---------------------------------------------------------------- host events

  private onHostReady(): void {
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
        this.host.markHealthy();
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

  private handleHostMessage(message: ClientBoundMessage): void {
    switch (message.type) {
      case 'log':
        this.recordLog(message.message);
        return;
      case 'error':
        this.onHostError(message);
        return;
      case 'info':
        // A context came or went: same model, fresh figures (VRAM use).
        if (!this.modelInfo || !this.host.running) return;
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
    this.host.send(message);
  }

  // ---------------------------------------------------------------- status

  private get status(): HostStatus {
    return this.statusBoard.current;
  }

  private refreshLoadedState(): void {
    if (!this.modelInfo || !this.host.running) return;
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
