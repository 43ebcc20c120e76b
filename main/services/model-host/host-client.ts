// Client side of the model host: survives host crashes and hangs, restarts it and reloads the model.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { HostCrashedError, HostDisposedError, HostRequestError, ModelLoadError, NoModelLoadedError } from './errors';
import type { HostExitInfo, HostLauncher, HostProcess } from './host-process';
import { LogRing } from './log-ring';
import {
  generateRequestSchema,
  loadConfigSchema,
  parseHostMessage,
  type ClientMessage,
  type FaultKind,
  type GenerateRequest,
  type GenerateResult,
  type HostMessage,
  type LoadConfig,
  type ModelInfo,
} from './protocol';

export type HostState =
  'stopped' | 'starting' | 'idle' | 'loading' | 'ready' | 'generating' | 'crashed' | 'unavailable';

export interface HostStatus {
  state: HostState;
  /** Present while a model is loaded (ready / generating). */
  modelInfo?: ModelInfo;
  /** What is happening now, in words (e.g. "Restarting the model host in 1 s"). */
  message?: string;
  /** The last failure (crash or load error), kept until a model loads successfully. */
  lastError?: string;
}

export interface ModelHostClientOptions {
  launcher: HostLauncher;
  /** Delay before each restart after a crash; the last value repeats. */
  restartBackoffMs?: number[];
  pingIntervalMs?: number;
  /** No pong for this long means the host hangs: it is killed and treated as crashed. */
  hangTimeoutMs?: number;
  /** Crashes in a row (no successful load in between) before giving up with 'unavailable'. */
  maxConsecutiveFailures?: number;
  /** A host that has not said 'ready' after this long is killed and treated as crashed. */
  startTimeoutMs?: number;
  /** Receives every host log/output line (for the app's log file). */
  onHostLog?: (line: string) => void;
}

export interface GenerateOptions {
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

type Pending =
  | { kind: 'load'; resolve: (info: ModelInfo) => void; reject: (error: Error) => void }
  | { kind: 'unload'; resolve: () => void; reject: (error: Error) => void }
  | {
      kind: 'generate';
      resolve: (result: GenerateResult) => void;
      reject: (error: Error) => void;
      onDelta?: (text: string) => void;
    };

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // observed by whoever awaits it; never an unhandled rejection
  return { promise, resolve, reject };
}

const CRASH_LOG_LINES = 8;

export class ModelHostClient {
  private readonly launcher: HostLauncher;
  private readonly backoffMs: number[];
  private readonly pingIntervalMs: number;
  private readonly hangTimeoutMs: number;
  private readonly maxFailures: number;
  private readonly startTimeoutMs: number;
  private readonly onHostLog?: (line: string) => void;

  private status: HostStatus = { state: 'stopped' };
  private readonly listeners = new Set<(status: HostStatus) => void>();
  private readonly logs = new LogRing(200);

  private proc: HostProcess | null = null;
  /** Increments per launched process, so late events of a dead one are ignored. */
  private generation = 0;
  private hostReady: Deferred<void> = deferred();
  private readonly pending = new Map<string, Pending>();
  private activeGenerations = 0;

  /** The model the user wants loaded; reloaded after a crash. */
  private desiredConfig: LoadConfig | null = null;
  private modelInfo: ModelInfo | null = null;
  private userLoadsWaiting = 0;
  private failures = 0;

  private restartTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private pongTimer: NodeJS.Timeout | null = null;
  private pingNonce = 0;
  /** Why the client killed the host itself (hang, slow start), for the crash message. */
  private killReason: string | null = null;
  private startTimer: NodeJS.Timeout | null = null;
  /** Log position when the current host was launched: crash reports quote only its own lines. */
  private launchLogMark = 0;
  private stopping: Deferred<void> | null = null;
  private disposed = false;

  constructor(options: ModelHostClientOptions) {
    this.launcher = options.launcher;
    this.backoffMs = options.restartBackoffMs?.length ? options.restartBackoffMs : [250, 1000, 2000, 5000];
    this.pingIntervalMs = options.pingIntervalMs ?? 3000;
    this.hangTimeoutMs = options.hangTimeoutMs ?? 15_000;
    this.maxFailures = options.maxConsecutiveFailures ?? 3;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.onHostLog = options.onHostLog;
  }

  // ---------------------------------------------------------------- public API

  /** Starts the host process (idempotent). */
  start(): void {
    if (this.disposed || this.proc || this.restartTimer || this.status.state === 'unavailable') return;
    this.launch();
  }

  /** Loads a model (replacing any loaded one). Rejects with ModelLoadError for bad files. */
  async load(config: LoadConfig): Promise<ModelInfo> {
    this.assertNotDisposed();
    const parsed = loadConfigSchema.parse(config);
    this.desiredConfig = parsed;
    this.failures = 0; // an explicit load is a fresh start, also after 'unavailable'
    this.userLoadsWaiting++;
    try {
      this.ensureProcess();
      await this.hostReady.promise;
    } finally {
      this.userLoadsWaiting--;
    }
    return this.sendLoad(parsed);
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
      this.pending.set(requestId, { kind: 'unload', resolve, reject });
      this.send({ type: 'unload', requestId });
    });
    this.modelInfo = null;
    this.setStatus({ state: 'idle' });
  }

  /** Generates an answer; aborting the signal stops it and resolves with the partial text. */
  async generate(request: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResult> {
    this.assertNotDisposed();
    const parsed = generateRequestSchema.parse(request);
    await this.whenModelReady();
    const { signal, onDelta } = options;
    if (signal?.aborted) return abortedResult(parsed);

    const { requestId } = parsed;
    this.activeGenerations++;
    this.refreshLoadedState();
    const onAbort = (): void => this.send({ type: 'abort', requestId });
    try {
      return await new Promise<GenerateResult>((resolve, reject) => {
        this.pending.set(requestId, { kind: 'generate', resolve, reject, onDelta });
        this.send({ type: 'generate', request: parsed });
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.activeGenerations--;
      this.refreshLoadedState();
    }
  }

  getStatus(): HostStatus {
    return { ...this.status };
  }

  onStatus(listener: (status: HostStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    this.clearRestart();
    const proc = this.proc;
    if (proc) {
      this.stopping = deferred();
      proc.kill();
      // Do not hang shutdown on a process that will not report its exit.
      await Promise.race([this.stopping.promise, delay(3000)]);
      if (this.proc === proc) this.onExit(this.generation, { code: null, signal: 'SIGKILL' });
    }
    this.rejectAll(new HostDisposedError('The model host client was disposed.'));
    this.stopTimers();
    this.setStatus({ state: 'stopped' });
  }

  // ---------------------------------------------------------------- process lifecycle

  private ensureProcess(): void {
    if (this.proc) return;
    this.clearRestart();
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
    this.startTimer = setTimeout(
      () => this.killHost(gen, `did not start within ${this.startTimeoutMs} ms`),
      this.startTimeoutMs,
    );
    this.startTimer.unref();
  }

  private onExit(gen: number, info: HostExitInfo): void {
    if (gen !== this.generation || !this.proc) return;
    this.proc = null;
    this.stopTimers();
    this.modelInfo = null;
    if (this.stopping) {
      this.stopping.resolve();
      return;
    }
    const how = info.signal ? `signal ${info.signal}` : `exit code ${info.code ?? 'unknown'}`;
    const head = this.killReason
      ? `The model host ${this.killReason} and was killed (${how}).`
      : `The model host crashed (${how}).`;
    const tail = this.logs
      .since(this.launchLogMark)
      .filter((line) => !line.startsWith('[client]'))
      .slice(-CRASH_LOG_LINES);
    const message = tail.length ? `${head} Last log lines:\n${tail.join('\n')}` : head;
    this.handleFailure(new HostCrashedError(message, info.code, info.signal, tail));
  }

  /** A crash, hang or failed start: reject in-flight work, then restart with backoff or give up. */
  private handleFailure(error: HostCrashedError): void {
    this.proc = null;
    this.rejectAll(error);
    this.hostReady.reject(error);
    this.failures++;
    // The status shows one line; the full log tail stays on the error and in recentLogs().
    const summary = error.message.split(' Last log lines:')[0] ?? error.message;
    if (this.disposed) return;
    if (this.failures >= this.maxFailures) {
      this.setStatus({
        state: 'unavailable',
        message: `The model host failed ${this.failures} times in a row and was not restarted. Load the model again to retry.`,
        lastError: summary,
      });
      return;
    }
    const wait = this.backoffMs[Math.min(this.failures - 1, this.backoffMs.length - 1)] ?? 1000;
    this.setStatus({ state: 'crashed', message: `Restarting the model host in ${wait} ms`, lastError: summary });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (!this.disposed && !this.proc) this.launch();
    }, wait);
  }

  private onHostReady(): void {
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    // Pings start only now: starting up (imports, native binaries) may block the host's event loop.
    this.startPings(this.generation);
    this.hostReady.resolve();
    if (this.desiredConfig && this.userLoadsWaiting === 0) {
      // Recovering from a crash: bring the last model back without the caller asking.
      this.sendLoad(this.desiredConfig).catch(() => {});
    } else if (!this.desiredConfig) {
      this.setStatus({ state: 'idle', lastError: this.status.lastError });
    }
  }

  private async sendLoad(config: LoadConfig): Promise<ModelInfo> {
    const requestId = randomUUID();
    this.modelInfo = null;
    this.setStatus({
      state: 'loading',
      message: `Loading ${path.basename(config.modelPath)}`,
      lastError: this.status.lastError,
    });
    try {
      const info = await new Promise<ModelInfo>((resolve, reject) => {
        this.pending.set(requestId, { kind: 'load', resolve, reject });
        this.send({ type: 'load', requestId, config });
      });
      // A newer load may have been requested meanwhile; only the latest wins the status.
      if (this.desiredConfig === config) {
        this.failures = 0;
        this.modelInfo = info;
        this.setStatus({ state: 'ready', modelInfo: info });
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

  // ---------------------------------------------------------------- messages

  private onMessage(gen: number, raw: unknown): void {
    if (gen !== this.generation) return;
    const parsed = parseHostMessage(raw);
    if (!parsed.ok) {
      this.recordLog(`[client] ignored an invalid host message: ${parsed.error}`);
      // A malformed reply to a pending request must not leave the caller waiting forever.
      const requestId = requestIdOf(raw);
      const pending = requestId ? this.pending.get(requestId) : undefined;
      if (requestId && pending) {
        this.pending.delete(requestId);
        pending.reject(new HostRequestError(`The model host sent an invalid reply: ${parsed.error}`, 'INTERNAL'));
      }
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
        if (message.nonce === this.pingNonce) this.clearPongTimer();
        return;
      case 'log':
        this.recordLog(message.message);
        return;
      case 'loaded': {
        const pending = this.takePending(message.requestId, 'load');
        pending?.resolve(message.info);
        return;
      }
      case 'unloaded':
        this.takePending(message.requestId, 'unload')?.resolve();
        return;
      case 'delta': {
        const pending = this.pending.get(message.requestId);
        if (pending?.kind === 'generate') pending.onDelta?.(message.text);
        return;
      }
      case 'done':
        this.takePending(message.requestId, 'generate')?.resolve(message.result);
        return;
      case 'error':
        this.onHostError(message);
        return;
    }
  }

  private onHostError(message: Extract<HostMessage, { type: 'error' }>): void {
    const log = message.log ?? [];
    for (const line of log) this.logs.push(line);
    const pending = message.requestId ? this.pending.get(message.requestId) : undefined;
    if (!pending || !message.requestId) {
      this.recordLog(`[host error ${message.code}] ${message.message}`);
      return;
    }
    this.pending.delete(message.requestId);
    if (message.code === 'LOAD_FAILED') pending.reject(new ModelLoadError(message.message, log));
    else if (message.code === 'NO_MODEL') pending.reject(new NoModelLoadedError(message.message));
    else pending.reject(new HostRequestError(message.message, message.code, log));
  }

  private takePending<K extends Pending['kind']>(
    requestId: string,
    kind: K,
  ): Extract<Pending, { kind: K }> | undefined {
    const pending = this.pending.get(requestId);
    if (!pending || pending.kind !== kind) return undefined;
    this.pending.delete(requestId);
    return pending as Extract<Pending, { kind: K }>;
  }

  private send(message: ClientMessage): void {
    this.proc?.postMessage(message);
  }

  private rejectAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const entry of pending) entry.reject(error);
  }

  // ---------------------------------------------------------------- hang detection

  private startPings(gen: number): void {
    this.stopTimers();
    this.pingTimer = setInterval(() => {
      if (gen !== this.generation || !this.proc || this.pongTimer) return;
      this.pingNonce++;
      this.send({ type: 'ping', nonce: this.pingNonce });
      this.pongTimer = setTimeout(() => this.onHang(gen), this.hangTimeoutMs);
      this.pongTimer.unref();
    }, this.pingIntervalMs);
    this.pingTimer.unref(); // pings alone must not keep a CLI or test process alive
  }

  private onHang(gen: number): void {
    this.pongTimer = null;
    this.killHost(gen, `stopped responding for ${this.hangTimeoutMs} ms`);
  }

  private killHost(gen: number, reason: string): void {
    if (gen !== this.generation || !this.proc) return;
    this.killReason = reason;
    this.recordLog(`[client] the model host ${reason}; killing it`);
    this.proc.kill();
  }

  private clearPongTimer(): void {
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.pongTimer = null;
  }

  private stopTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    this.clearPongTimer();
  }

  private clearRestart(): void {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
  }

  // ---------------------------------------------------------------- status

  /** Resolves once a model is ready; waits through an automatic crash recovery. */
  private whenModelReady(): Promise<void> {
    const isReady = (state: HostState): boolean =>
      (state === 'ready' || state === 'generating') && this.modelInfo != null;
    if (isReady(this.status.state)) return Promise.resolve();
    const recovering = (state: HostState): boolean =>
      this.desiredConfig != null && (state === 'crashed' || state === 'starting' || state === 'loading');
    if (!recovering(this.status.state)) return Promise.reject(this.notReadyError());
    return new Promise<void>((resolve, reject) => {
      const unsubscribe = this.onStatus((status) => {
        if (isReady(status.state)) {
          unsubscribe();
          resolve();
        } else if (!recovering(status.state)) {
          unsubscribe();
          reject(this.notReadyError());
        }
      });
    });
  }

  private notReadyError(): NoModelLoadedError {
    const { state, lastError } = this.status;
    if (state === 'unavailable')
      return new NoModelLoadedError(`The model host is unavailable: ${lastError ?? 'repeated crashes'}.`);
    return new NoModelLoadedError(`No model is loaded${lastError ? ` (last error: ${lastError})` : ''}.`);
  }

  private refreshLoadedState(): void {
    if (!this.modelInfo || !this.proc) return;
    const state: HostState = this.activeGenerations > 0 ? 'generating' : 'ready';
    if (this.status.state !== state) this.setStatus({ state, modelInfo: this.modelInfo });
  }

  private setStatus(status: HostStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...status });
      } catch (error) {
        this.recordLog(`[client] status listener threw: ${messageOf(error)}`);
      }
    }
  }

  private recordLog(line: string): void {
    this.logs.push(line);
    this.onHostLog?.(line);
  }

  private assertNotDisposed(): void {
    if (this.disposed) throw new HostDisposedError('The model host client was disposed.');
  }
}

function abortedResult(request: GenerateRequest): GenerateResult {
  return {
    text: '',
    stopReason: 'abort',
    tokens: 0,
    evaluatedTokens: 0,
    tokensPerSecond: 0,
    timeToFirstTokenMs: null,
    profile: request.profile,
  };
}

function requestIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('requestId' in raw)) return undefined;
  return typeof raw.requestId === 'string' ? raw.requestId : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
