// The host's request handler: owns the loaded model, its contexts per LoRA setting and running generations.
import path from 'node:path';
import { LlamaText, SpecialToken, type GbnfJsonSchema, type Llama, type LlamaGrammar } from 'node-llama-cpp';
import { calibrateLoadedModel, type CalibrationOutcome } from './calibration-on-load';
import type { ContextLease, LoraScale, SequenceLease } from './context-pool';
import { DeltaCoalescer } from '../streaming/delta-coalescer';
import { messageOf } from './errors';
import { runGeneration } from './generation';
import type { LlamaRuntime } from './llama-runtime';
import type { LogRing } from './log-ring';
import { describeModel } from './model-info';
import { loadModel, ModelLoadFailure, type LoadedModel } from './model-loader';
import {
  parseClientMessage,
  type ClientMessage,
  type FaultKind,
  type GenerateRequest,
  type GenerateResult,
  type HostErrorCode,
  type HostMessage,
  type LoadConfig,
  type ScoreRequest,
  type TokenizeRequest,
} from './protocol';
import { SessionBusyError } from './session-pool';
import type { ContinuationStates } from './state-cache/continuation';
import { forgetSavedStates, openContinuationStates, type StateLog } from './state-cache/host-states';
import { scoreTokenSequence, ScoringAbortedError } from './token-scoring';

export interface ModelHostServerDeps {
  send(message: HostMessage): void;
  runtime: LlamaRuntime;
  logs: LogRing;
  /** Crash/hang injection for tests; null unless MEA_HOST_FAULTS=1. */
  faults: ((kind: FaultKind) => void) | null;
  /** Test only: a fault that hits every model load (MEA_HOST_FAULT_ON_LOAD). */
  loadFault?: FaultKind | null;
  /** Conversations kept live per LoRA setting (each holds its own KV cache). */
  maxLiveSessions?: number;
  /** LoRA settings (contexts) kept in memory at once; base + adapter for Compare need two. */
  maxContexts?: number;
  /** Test only: saved states are keyed as if this other runtime version made them (MEA_STATE_RUNTIME_SUFFIX). */
  stateRuntimeSuffix?: string | null;
}

export const DEFAULT_MAX_LIVE_SESSIONS = 3;
const DEFAULT_MAX_CONTEXTS = 3;

export class ModelHostServer {
  private loaded: LoadedModel | null = null;
  /** Saved conversation states of the loaded model (null: no cache configured, or it could not be opened). */
  private continuation: ContinuationStates | null = null;
  /** Stops a load's thread calibration when an unload or another load arrives. */
  private calibrationStop: AbortController | null = null;
  private modelLoads = 0;
  /** load/unload run one at a time, in arrival order. */
  private modelOps: Promise<void> = Promise.resolve();
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(private readonly deps: ModelHostServerDeps) {}

  handle(raw: unknown): void {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      const requestId = extractRequestId(raw);
      this.sendError(requestId, 'BAD_MESSAGE', `Invalid message for the model host: ${parsed.error}`);
      return;
    }
    this.dispatch(parsed.message);
  }

  async dispose(): Promise<void> {
    this.calibrationStop?.abort();
    await this.enqueueModelOp(() => this.unloadCurrent());
  }

  private dispatch(message: ClientMessage): void {
    switch (message.type) {
      case 'ping':
        this.deps.send({ type: 'pong', nonce: message.nonce });
        return;
      case 'load':
        this.calibrationStop?.abort();
        void this.enqueueModelOp(() => this.load(message.requestId, message.config));
        return;
      case 'unload':
        this.calibrationStop?.abort();
        void this.enqueueModelOp(async () => {
          await this.unloadCurrent();
          this.deps.send({ type: 'unloaded', requestId: message.requestId });
        });
        return;
      case 'generate':
        this.startGeneration(message.request);
        return;
      case 'tokenize':
        this.tokenize(message.request);
        return;
      case 'score':
        this.startScoring(message.request);
        return;
      case 'abort':
        this.running.get(message.requestId)?.controller.abort();
        return;
      case 'stats':
        this.deps.send({
          type: 'stats',
          requestId: message.requestId,
          stats: {
            modelLoads: this.modelLoads,
            contexts: this.loaded?.contexts.describe() ?? [],
            rssBytes: process.memoryUsage().rss,
          },
        });
        return;
      case 'forget-states':
        void this.enqueueModelOp(() => this.forgetStates(message));
        return;
      case 'flush-states':
        void this.flushStates(message.requestId);
        return;
      case 'fault':
        if (this.deps.faults) this.deps.faults(message.kind);
        else this.sendError(undefined, 'BAD_MESSAGE', 'Fault injection is disabled (set MEA_HOST_FAULTS=1).');
        return;
    }
  }

  private enqueueModelOp(op: () => Promise<void>): Promise<void> {
    const next = this.modelOps.then(op, op);
    this.modelOps = next.catch(() => {});
    return next;
  }

  private async load(requestId: string, config: LoadConfig): Promise<void> {
    await this.unloadCurrent();
    if (this.deps.loadFault) this.deps.faults?.(this.deps.loadFault);
    try {
      const llama = await this.deps.runtime.get();
      const loaded = await loadModel(llama, config, {
        logs: this.deps.logs,
        maxLiveSessions: this.deps.maxLiveSessions ?? DEFAULT_MAX_LIVE_SESSIONS,
        maxContexts: this.deps.maxContexts ?? DEFAULT_MAX_CONTEXTS,
        onModelLoaded: () => this.modelLoads++,
        onContextsChanged: () => void this.sendInfo(),
        onSessionEvicted: (lora, entry) => this.continuation?.saveBeforeEviction(entry, lora) ?? Promise.resolve(),
      });
      this.loaded = loaded;
      this.continuation = await openContinuationStates(llama, config, {
        log: this.stateLog,
        runtimeSuffix: this.deps.stateRuntimeSuffix,
      });
      const calibrated = config.calibrate ? await this.calibrate(requestId, llama, loaded, config.calibrate) : {};
      const info = { ...(await describeModel(llama, loaded, this.deps.runtime.gpuFallback)), ...calibrated };
      this.deps.send({ type: 'loaded', requestId, info });
    } catch (error) {
      const log = error instanceof ModelLoadFailure ? error.log : this.deps.logs.tail(20);
      const message =
        error instanceof ModelLoadFailure
          ? error.message
          : `Failed to load model "${path.basename(config.modelPath)}": ${messageOf(error)}`;
      this.sendError(requestId, 'LOAD_FAILED', message, log);
    }
  }

  /** Measures thread counts on the just-loaded model (before 'loaded', so no answer runs meanwhile). */
  private async calibrate(
    requestId: string,
    llama: Llama,
    loaded: LoadedModel,
    request: NonNullable<LoadConfig['calibrate']>,
  ): Promise<CalibrationOutcome> {
    const stop = new AbortController();
    this.calibrationStop = stop;
    try {
      return await calibrateLoadedModel(llama, loaded, request, {
        requestId,
        signal: stop.signal,
        send: (message) => this.deps.send(message),
      });
    } finally {
      if (this.calibrationStop === stop) this.calibrationStop = null;
    }
  }

  /** Stops running answers (they finish with stopReason 'abort') and frees the model. */
  private async unloadCurrent(): Promise<void> {
    const current = this.loaded;
    this.loaded = null;
    for (const { controller } of this.running.values()) controller.abort();
    await Promise.all([...this.running.values()].map(({ done }) => done));
    if (!current) return;
    // Disposing the contexts saves the idle conversations' states, so the cache closes after them.
    await current.contexts.dispose();
    const states = this.continuation;
    this.continuation = null;
    await states?.dispose();
    await current.model.dispose();
  }

  private readonly stateLog: StateLog = (level, message) => this.deps.send({ type: 'log', level, message });

  /** Deletes saved states (a deleted conversation, or all data). */
  private async forgetStates({
    requestId,
    dir,
    sessionKey,
  }: Extract<ClientMessage, { type: 'forget-states' }>): Promise<void> {
    try {
      const removed = await forgetSavedStates(this.continuation, { dir, sessionKey, log: this.stateLog });
      this.deps.send({ type: 'states-forgotten', requestId, removed });
    } catch (error) {
      this.sendError(requestId, 'INTERNAL', `Could not delete saved conversation states: ${messageOf(error)}`);
    }
  }

  /** Writes the states still waiting for their idle time. */
  private async flushStates(requestId: string): Promise<void> {
    await this.continuation?.flush();
    this.deps.send({ type: 'states-flushed', requestId });
  }

  /** Tells the client the model info changed (VRAM use after a context came or went). */
  private async sendInfo(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    try {
      const info = await describeModel(await this.deps.runtime.get(), loaded, this.deps.runtime.gpuFallback);
      if (this.loaded === loaded) this.deps.send({ type: 'info', info });
    } catch {
      // Only a refresh: the next change sends it again.
    }
  }

  private startGeneration(request: GenerateRequest): void {
    this.startAbortable(request.requestId, (loaded, signal) => this.generate(loaded, request, signal));
  }

  /** Runs an abortable request against the loaded model, tracked by id so 'abort' can reach it. */
  private startAbortable(requestId: string, work: (loaded: LoadedModel, signal: AbortSignal) => Promise<void>): void {
    const loaded = this.loaded;
    if (!loaded) {
      this.sendError(requestId, 'NO_MODEL', 'No model is loaded.');
      return;
    }
    if (this.running.has(requestId)) {
      this.sendError(requestId, 'BAD_MESSAGE', `Request id ${requestId} is already running.`);
      return;
    }
    const controller = new AbortController();
    const done = work(loaded, controller.signal).finally(() => {
      this.running.delete(requestId);
    });
    this.running.set(requestId, { controller, done });
  }

  private async generate(loaded: LoadedModel, request: GenerateRequest, signal: AbortSignal): Promise<void> {
    const { requestId } = request;
    let lease: ContextLease;
    try {
      const lora = resolveLora(request, loaded);
      lease = await loaded.contexts.acquire(lora, request.sessionKey, request.profile, request.scratch ?? false);
    } catch (error) {
      const code: HostErrorCode = error instanceof SessionBusyError ? 'BUSY' : 'GENERATE_FAILED';
      this.sendError(requestId, code, messageOf(error));
      return;
    }
    const { entry, slot } = lease;
    if (entry.fallbackReason) this.deps.send({ type: 'log', level: 'warn', message: entry.fallbackReason });
    // One-off answers (Compare, Quiz, "Make cards" with its grammar) are neither restored nor saved: no
    // conversation comes back to them.
    const states = request.scratch || request.jsonSchema ? null : this.continuation;
    states?.noteUse(request.sessionKey);
    let answered = false;
    try {
      const startedAt = performance.now();
      const restoredTokens = states && entry.fresh ? await states.restore(entry, slot.lora, request) : 0;
      const grammar = request.jsonSchema ? await this.jsonGrammar(request.jsonSchema) : undefined;
      // One delta message per frame at most: main and the renderer never need more.
      const deltas = new DeltaCoalescer((text) => this.deps.send({ type: 'delta', requestId, text }), {
        leading: 'next-turn',
      });
      let result: GenerateResult;
      try {
        result = await runGeneration(entry, request, signal, (text) => deltas.push(text), {
          grammar,
          phases: loaded.phases,
          startedAt,
        });
      } finally {
        deltas.flush(); // what streamed before a failure still reaches main before the error
      }
      if (restoredTokens > 0) result = { ...result, restoredTokens };
      this.deps.send({ type: 'done', requestId, result });
      answered = true;
    } catch (error) {
      this.sendError(requestId, 'GENERATE_FAILED', `Generation failed: ${messageOf(error)}`, this.deps.logs.tail(10));
    } finally {
      loaded.contexts.release(lease);
      // Saved once the conversation has been idle a moment, off this answer's path.
      if (answered) states?.scheduleSave(slot.sessions, entry, slot.lora);
    }
  }

  /** Tokenizes like a chat prompt (LlamaText: BOS, then text without the SentencePiece space prefix). */
  private tokenize({ requestId, text, bos }: TokenizeRequest): void {
    const loaded = this.loaded;
    if (!loaded) {
      this.sendError(requestId, 'NO_MODEL', 'No model is loaded.');
      return;
    }
    try {
      const tokens = bos
        ? LlamaText([new SpecialToken('BOS'), text]).tokenize(loaded.model.tokenizer)
        : LlamaText(text).tokenize(loaded.model.tokenizer, 'trimLeadingSpace');
      this.deps.send({ type: 'tokens', requestId, tokens: [...tokens] });
    } catch (error) {
      this.sendError(requestId, 'SCORE_FAILED', `Tokenizing failed: ${messageOf(error)}`);
    }
  }

  private startScoring(request: ScoreRequest): void {
    this.startAbortable(request.requestId, (loaded, signal) => this.score(loaded, request, signal));
  }

  /** Scores one token sequence on the emptied scratch sequence of the requested LoRA setting's context. */
  private async score(loaded: LoadedModel, request: ScoreRequest, signal: AbortSignal): Promise<void> {
    const { requestId } = request;
    let lease: SequenceLease;
    try {
      lease = await loaded.contexts.acquireSequence(resolveLora(request, loaded));
    } catch (error) {
      const code: HostErrorCode = error instanceof SessionBusyError ? 'BUSY' : 'SCORE_FAILED';
      this.sendError(requestId, code, messageOf(error));
      return;
    }
    try {
      const startedAt = performance.now();
      // Scoring evaluates batches only, like a prompt.
      const phase = loaded.phases.startPrompt();
      const logProbs = await scoreTokenSequence(lease.sequence, request.tokens, signal).finally(phase.end);
      const seconds = (performance.now() - startedAt) / 1000;
      this.deps.send({ type: 'scored', requestId, logProbs, seconds });
    } catch (error) {
      const message = error instanceof ScoringAbortedError ? error.message : `Scoring failed: ${messageOf(error)}`;
      this.sendError(requestId, 'SCORE_FAILED', message, this.deps.logs.tail(10));
    } finally {
      await loaded.contexts.releaseSequence(lease);
    }
  }

  /** A grammar that only lets the model write JSON matching the schema (bad schemas throw here). */
  private async jsonGrammar(schema: Record<string, unknown>): Promise<LlamaGrammar> {
    const llama = await this.deps.runtime.get();
    // The schema arrives as plain JSON; node-llama-cpp validates its shape while building the grammar.
    return llama.createGrammarForJsonSchema<GbnfJsonSchema>(schema as GbnfJsonSchema);
  }

  private sendError(requestId: string | undefined, code: HostErrorCode, message: string, log?: string[]): void {
    this.deps.send({ type: 'error', ...(requestId ? { requestId } : {}), code, message, ...(log ? { log } : {}) });
  }
}

/** The request's LoRA setting; absent means the adapter at its load scale (or none without one). */
function resolveLora(request: Pick<GenerateRequest, 'lora'>, loaded: LoadedModel): LoraScale {
  if (request.lora === undefined) return loaded.defaultLora;
  return request.lora === null ? null : request.lora.scale;
}

function extractRequestId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record.requestId === 'string') return record.requestId;
  const request = record.request;
  if (typeof request === 'object' && request !== null) {
    const id = (request as Record<string, unknown>).requestId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}
