// Owns "which model is loaded": loads it from the settings through the host client,
// resolves the prompt profile for the model+adapter pair (and per answer, for the adapter on or
// off), and reports status to the renderer.
import type { AdapterChoice, AdapterInfo, ModelStatus, ProfileId, Settings } from '../../../preload/contract/schemas';
import { ApiError } from '../../../preload/contract/envelope';
import type { EventSink } from '../events';
import type { SettingsService } from '../settings/settings-service';
import { neutralizeTurnMarkers } from '../prompt-profiles';
import type { GenerateResult, HostStatus, ModelHostClient } from '../model-host';
import { EngineUnsupportedError, type Engine, type EngineDescription } from '../engine/engine';
import { EngineRouter, type RemoteEngineSource } from '../engine/engine-router';
import { LocalEngine } from '../engine/local-engine';
import type { EvaluationTarget } from '../evaluation/evaluation-service';
import { scoreItem, type ScoredItem } from '../evaluation/item-scorer';
import type { EvaluationVariant } from '../evaluation/types';
import type { ThreadCalibration } from '../../../preload/contract/thread-calibration';
import { stat } from 'node:fs/promises';
import { freemem, totalmem } from 'node:os';
import type { MemoryPlan } from '../../../preload/contract/memory-plan';
import { adapterProvenance } from './adapter-provenance';
import { localAnswerSetup, remoteAnswerSetup, remoteModelLabel, resolveProfile, toContractInfo } from './answer-setup';
import { planMemory, plannedResidentBytes } from './memory-plan';
import type { ConversationStates } from './conversation-states';
import type { ThreadCalibrations, ThreadPlan } from './thread-calibrations';
import { ModelFileError, validateModelFiles } from './validate-model-files';

export interface GenerateInput {
  sessionKey: string;
  history: { role: 'user' | 'assistant'; text: string }[];
  prompt: string;
  /** The conversation's adapter choice; absent = the adapter (if loaded) at its load scale. */
  adapter?: AdapterChoice;
  /** A one-off answer (Compare) that must not take a conversation's cached session. */
  scratch?: boolean;
  /** Constrain the answer to this JSON schema with a grammar ("Make cards"). */
  jsonSchema?: Record<string, unknown>;
  /** Overrides the settings' answer length for this request (bounded grammar output). */
  maxTokens?: number;
  /** The remote server that answers (the conversation's choice); null or absent = this computer's model. */
  engine?: string | null;
}

export interface ActiveModel {
  modelName: string;
  /** Profile the answer will be asked with (it depends on the adapter choice). */
  profile: ProfileId;
}

/** Free and total memory now (bytes); injected in tests. */
export type MemoryReader = () => { freeBytes: number; totalBytes: number };

const systemMemory: MemoryReader = () => ({ freeBytes: freemem(), totalBytes: totalmem() });

/** Per-conversation scales are 0–2; a larger load scale is capped for them. */
const MAX_CONVERSATION_SCALE = 2;

export class ModelService {
  private status: ModelStatus = { state: 'idle', modelInfo: null, profile: null, message: null, adapter: null };
  private lastHostStatus: HostStatus | null = null;
  /** The adapter of the last successful load (its header was read before the native load). */
  private adapter: AdapterInfo | null = null;
  /** The model file of the last load request (the host reloads the same one after a crash). */
  private modelPath: string | null = null;
  private readonly unsubscribe: () => void;
  /** Which engine answers a request: this computer's model unless the request names a server. */
  private engines: EngineRouter;
  /** How the last load decided "Lower memory use" (null: nothing loaded yet). */
  private lastMemoryPlan: MemoryPlan | null = null;
  /**
   * Loads run one at a time in call order: each reads the settings and files before it reaches the host, and
   * two overlapping ones could reach it in the other order, so the later call would return while the earlier
   * one (now the host's latest) is still loading.
   */
  private loads: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ModelHostClient,
    private readonly settings: SettingsService,
    private readonly events: EventSink,
    /** Chooses and remembers thread counts for 'auto'; absent = one thread per core, never measured. */
    private readonly calibrations: ThreadCalibrations | null = null,
    /** Where conversations' evaluated states are saved for a later continuation; absent = never saved. */
    private readonly conversationStates: ConversationStates | null = null,
    private readonly readMemory: MemoryReader = systemMemory,
  ) {
    this.unsubscribe = host.onStatus((hostStatus) => {
      this.lastHostStatus = hostStatus;
      this.publish(this.toContractStatus(hostStatus));
    });
    this.engines = new EngineRouter(new LocalEngine({ host }));
  }

  /** This computer's engine (the model host), e.g. for what the header shows. */
  get localEngine(): Engine {
    return this.engines.local;
  }

  /** What answers for `engine` (null: this computer), e.g. its name and whether it has the adapter. */
  describeEngine(engine: string | null): EngineDescription {
    return this.engines.engineFor(engine).describe();
  }

  /** Lets requests that name a server be answered by it (the servers from Settings). */
  useRemoteEngines(remote: RemoteEngineSource): void {
    this.engines = new EngineRouter(this.engines.local, remote);
  }

  getStatus(): ModelStatus {
    return this.status;
  }

  /**
   * Loads the model and adapter chosen in settings; file problems are reported before any native load.
   * With threads 'auto', the first load of a model on this machine measures thread counts first.
   */
  load(options: { remeasure?: boolean } = {}): Promise<ModelStatus> {
    const next = this.loads.then(() => this.loadNow(options));
    this.loads = next.catch(() => undefined);
    return next;
  }

  private async loadNow(options: { remeasure?: boolean }): Promise<ModelStatus> {
    const { modelPath, loraPath, loraScale, gpuLayers, threads, lowMemory } = this.settings.get();
    if (!modelPath) throw new ApiError('model_unavailable', 'No model file chosen. Pick a GGUF model in Settings.');
    let adapter: AdapterInfo | null = null;
    try {
      const headers = await validateModelFiles(modelPath, loraPath);
      if (loraPath && headers.lora)
        adapter = { path: loraPath, defaultScale: loraScale, provenance: adapterProvenance(headers.lora) };
    } catch (error) {
      if (error instanceof ModelFileError)
        throw new ApiError(error.notFound ? 'not_found' : 'invalid_payload', error.message);
      throw error;
    }
    try {
      this.adapter = adapter;
      this.modelPath = modelPath;
      const memory = await this.planMemory(modelPath, lowMemory);
      const plan = await this.threadPlan(modelPath, gpuLayers, threads, options.remeasure ?? false);
      const info = await this.host.load(
        {
          modelPath,
          loraPath,
          loraScale,
          gpuLayers,
          threads: plan.threads,
          promptThreads: plan.promptThreads,
          calibrate: plan.calibrate,
          useMmap: memory.lowMemory ? false : undefined,
          stateCache: this.conversationStates?.loadConfig(),
        },
        {
          onCalibrationProgress: ({ done, total, threads: measured }) =>
            this.events.emit('model:calibration', { state: 'running', done, total, threads: measured, message: null }),
        },
      );
      this.lastMemoryPlan = memory;
      if (plan.calibrate) this.finishCalibration(plan, info.calibration, info.calibrationError);
    } catch (error) {
      throw new ApiError('model_unavailable', error instanceof Error ? error.message : String(error));
    }
    return this.status;
  }

  /**
   * "Lower memory use" for the chosen model: how the last load of it decided, or (not loaded yet, or another
   * choice since) how a load would decide now. Null without a readable model file.
   */
  async memoryPlan(): Promise<MemoryPlan | null> {
    const { modelPath, lowMemory } = this.settings.get();
    if (!modelPath) return null;
    const last = this.lastMemoryPlan;
    if (last && this.modelPath === modelPath && last.choice === lowMemory) return last;
    return this.planMemory(modelPath, lowMemory).catch(() => null);
  }

  /** Decides "Lower memory use" from the file size and free memory; a loaded model's memory counts as free. */
  private async planMemory(modelPath: string, choice: Settings['lowMemory']): Promise<MemoryPlan> {
    const { size } = await stat(modelPath);
    const loaded = this.lastMemoryPlan && this.status.modelInfo ? plannedResidentBytes(this.lastMemoryPlan) : 0;
    return planMemory(choice, { fileBytes: size, ...this.readMemory(), releasedBytes: loaded });
  }

  /** Measures thread counts again (a reload): "Re-measure" in settings, for threads 'auto' only. */
  async recalibrate(): Promise<ModelStatus> {
    if (!this.calibrations) throw new ApiError('model_unavailable', 'Thread calibration is not available here.');
    if (this.settings.get().threads !== 'auto') {
      throw new ApiError('invalid_payload', 'CPU threads is set to a fixed number; clear it to measure again.');
    }
    return this.load({ remeasure: true });
  }

  /** The stored calibration of the chosen model on this machine (null: none, or no model chosen). */
  async threadCalibration(): Promise<ThreadCalibration | null> {
    const { modelPath, gpuLayers } = this.settings.get();
    if (!modelPath || !this.calibrations) return null;
    return this.calibrations.find(modelPath, gpuLayers);
  }

  /** Loads at start-up when a model was chosen before; failures only show up in the status. */
  async loadIfConfigured(): Promise<void> {
    if (!this.settings.get().modelPath) return;
    await this.load().catch((error: unknown) => {
      this.publish({ ...this.status, state: 'idle', message: error instanceof Error ? error.message : String(error) });
    });
  }

  /**
   * The model that would answer now with this adapter choice, or an ApiError saying why none can. With a
   * server (`engine`), that server's model: no local model needs to be loaded.
   */
  requireActiveModel(adapter?: AdapterChoice, engine?: string | null): ActiveModel {
    if (engine) {
      const description = this.engines.engineFor(engine).describe();
      return { modelName: remoteModelLabel(description), profile: remoteAnswerSetup(description, adapter).profile };
    }
    const info = this.status.modelInfo;
    if (!info || !this.status.profile || !['ready', 'generating'].includes(this.status.state)) {
      const reason = this.status.message ? ` (${this.status.message})` : '';
      throw new ApiError('model_unavailable', `No model is ready${reason}. Load a model in Settings.`);
    }
    return { modelName: info.modelName, profile: localAnswerSetup(info, adapter, this.settings.get().profile).profile };
  }

  /** The adapter choice of a new conversation: on, at the scale the adapter was loaded with (max 2). */
  defaultAdapterChoice(): AdapterChoice {
    return { enabled: true, scale: Math.min(this.adapter?.defaultScale ?? 1, MAX_CONVERSATION_SCALE) };
  }

  /** The loaded adapter, or null when the model runs without one. */
  loadedAdapter(): AdapterInfo | null {
    return this.status.adapter;
  }

  /**
   * Tokens of `text` in the answering model's vocabulary, as it would continue a prompt (no BOS). A server
   * that cannot tokenize (only llama-server can) gets a cautious estimate instead.
   */
  async countTokens(text: string, engine?: string | null): Promise<number> {
    if (!engine) return (await this.host.tokenize(text, { bos: false })).length;
    try {
      return (await this.engines.engineFor(engine).tokenize(text, { bos: false })).length;
    } catch (error) {
      if (error instanceof EngineUnsupportedError) return estimateTokens(text);
      throw error;
    }
  }

  generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    const engine = this.engines.engineFor(input.engine);
    const { profile, lora } = input.engine
      ? remoteAnswerSetup(engine.describe(), input.adapter)
      : this.localAnswerSetup(input.adapter);
    const settings = this.settings.get();
    const { sessionKey, scratch, jsonSchema } = input;
    // The one place user text enters a prompt: markers in it could forge turns or a system prompt.
    // Only the prompt is defused; callers keep (and store) the user's original text.
    const prompt = neutralizeTurnMarkers(input.prompt);
    const history = input.history.map((turn) =>
      turn.role === 'user' ? { ...turn, text: neutralizeTurnMarkers(turn.text) } : turn,
    );
    const sampling = input.maxTokens ? { ...settings.sampling, maxTokens: input.maxTokens } : settings.sampling;
    return engine.generate(
      { requestId: options.requestId, sessionKey, history, prompt, profile, sampling, lora, scratch, jsonSchema },
      { signal: options.signal, onDelta: options.onDelta },
    );
  }

  /**
   * What an evaluation of `variant` scores now: the loaded model, plus for 'adapter' the loaded
   * adapter at the scale it was loaded with. Throws an ApiError when that cannot be scored.
   */
  evaluationTarget(variant: EvaluationVariant): EvaluationTarget {
    const { modelName } = this.requireScoringModel();
    const modelPath = this.modelPath;
    if (!modelPath)
      throw new ApiError('model_unavailable', 'No model was loaded through the app; load one in Settings.');
    if (variant === 'base') return { modelName, modelPath, adapterPath: null, adapterScale: null };
    const adapter = this.status.adapter;
    if (!adapter) {
      throw new ApiError('model_unavailable', 'No LoRA adapter is loaded, so "base + adapter" cannot be scored.');
    }
    return { modelName, modelPath, adapterPath: adapter.path, adapterScale: adapter.defaultScale };
  }

  /** Perplexity sums of one {question, answer} item in the adapter's format, adapter off ('base') or on. */
  scoreEvaluationItem(
    item: { question: string; answer: string },
    variant: EvaluationVariant,
    signal: AbortSignal,
  ): Promise<ScoredItem> {
    const { adapterScale } = this.evaluationTarget(variant);
    return scoreItem(this.host, item, adapterScale === null ? null : { scale: adapterScale }, signal);
  }

  /**
   * The model Evaluate scores with: always this computer's, since Evaluate reads token probabilities, which
   * only it gives. An ApiError that says so when none is ready, whatever engine answers elsewhere.
   */
  requireScoringModel(): ActiveModel {
    try {
      return this.requireActiveModel();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(
        error.code,
        `${error.message} Evaluate always scores with the model on this computer; a remote server cannot be used for it.`,
      );
    }
  }

  /** The local model's LoRA setting and profile for one answer (an ApiError when no model is ready). */
  private localAnswerSetup(adapter: AdapterChoice | undefined): {
    profile: ProfileId;
    lora: { scale: number } | null | undefined;
  } {
    this.requireActiveModel(adapter);
    return localAnswerSetup(
      this.status.modelInfo as NonNullable<ModelStatus['modelInfo']>,
      adapter,
      this.settings.get().profile,
    );
  }

  /** Settings changed (e.g. the prompt profile): recompute what the status shows. */
  refreshProfile(): void {
    if (this.lastHostStatus) this.publish(this.toContractStatus(this.lastHostStatus));
  }

  dispose(): void {
    this.unsubscribe();
  }

  private async threadPlan(
    modelPath: string,
    gpuLayers: Settings['gpuLayers'],
    threads: Settings['threads'],
    remeasure: boolean,
  ): Promise<ThreadPlan> {
    if (this.calibrations) return this.calibrations.plan(modelPath, gpuLayers, threads, remeasure);
    const fixed = threads === 'auto' ? undefined : threads;
    return { threads: fixed, promptThreads: undefined, calibrate: undefined, key: null, stored: null };
  }

  /** Stores a finished calibration and tells the renderer; a failed one only says why. */
  private finishCalibration(plan: ThreadPlan, calibration?: ThreadCalibration, error?: string): void {
    const total = plan.calibrate?.candidates.length ?? 0;
    if (calibration && plan.key) {
      this.calibrations?.save(plan.key, calibration);
      const threads = calibration.generationThreads;
      this.events.emit('model:calibration', { state: 'done', done: total, total, threads, message: null });
    } else {
      const message = error ?? 'The model host did not report a calibration.';
      this.events.emit('model:calibration', { state: 'failed', done: 0, total, threads: null, message });
    }
  }

  private toContractStatus(hostStatus: HostStatus): ModelStatus {
    const info = hostStatus.modelInfo ?? null;
    return {
      state: hostStatus.state,
      modelInfo: info ? toContractInfo(info) : null,
      profile: info ? resolveProfile(info, this.settings.get().profile) : null,
      // A GPU that fell back to the CPU is worth saying while all is otherwise well.
      message: hostStatus.message ?? hostStatus.lastError ?? info?.gpuFallback ?? null,
      adapter: info?.loraPath && this.adapter?.path === info.loraPath ? this.adapter : null,
    };
  }

  private publish(status: ModelStatus): void {
    this.status = status;
    this.events.emit('model:status', status);
  }
}

/** About one token per three characters: cautious for English and for the other languages the app speaks. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}
