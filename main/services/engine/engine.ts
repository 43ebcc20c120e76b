// The engine interface: what chat, Compare, cards, quiz and Evaluate need from whatever answers.
// Plain TypeScript (no Electron, no fetch): the local model host and a remote server both implement it.
import type { GenerateRequest, GenerateResult } from '../model-host/protocol';

export type { GenerateRequest, GenerateResult } from '../model-host/protocol';

export type EngineKind = 'local' | 'remote';

export interface EngineGenerateOptions {
  /** Aborting stops the answer; generate then resolves with the partial text and stopReason 'abort'. */
  signal?: AbortSignal;
  /** Each piece of the answer as it arrives; the pieces concatenate to the final text. */
  onDelta?: (text: string) => void;
}

/** How the medical adapter is applied by this engine. */
export type EngineAdapterMode =
  /** The local host: the LoRA file loaded next to the model, scaled per request. */
  | 'local-lora'
  /** llama-server: the adapter loaded with --lora, selected and scaled per request (`lora: [{id, scale}]`). */
  | 'llama-server-lora'
  /**
   * The adapter is a model of its own on the server, chosen by name: vLLM (--lora-modules name=path) or an
   * Ollama model built from a Modelfile with ADAPTER. On or off only; a scale between cannot be asked for.
   */
  | 'model-name'
  /** No adapter (or one baked into the served model, e.g. an Ollama Modelfile ADAPTER). */
  | 'none';

export interface EngineAdapterInfo {
  mode: EngineAdapterMode;
  /** What identifies the adapter: a file path (local), a llama-server adapter id, a model name; null when none. */
  name: string | null;
  /** Whether a request's lora.scale between 0 and 1 is honoured (false: any scale above 0 is the adapter at full). */
  scalable: boolean;
}

export interface EngineDescription {
  kind: EngineKind;
  /** What the user calls this engine ("This computer", or the server's name from Settings). */
  name: string;
  /** The model that answers; null while none is known (nothing loaded, server not asked yet). */
  modelName: string | null;
  adapter: EngineAdapterInfo;
}

export type EngineHealthStatus = 'ready' | 'loading' | 'unavailable';

export interface EngineHealth {
  /** True when the engine can answer now. */
  ok: boolean;
  /** 'loading': a model is still being loaded (locally, or llama-server's 503 "Loading model"). */
  status: EngineHealthStatus;
  /** Why it cannot answer (or what it is doing), in words a student can act on; null when ready. */
  message: string | null;
  /** Round trip of the probe in milliseconds (remote engines). */
  latencyMs?: number;
  /** Model names the server lists (remote /v1/models), when it answered. */
  models?: string[];
}

export interface Engine {
  readonly kind: EngineKind;
  /** Generates one answer; rejects when the engine fails (a remote error keeps the partial text). */
  generate(request: GenerateRequest, options?: EngineGenerateOptions): Promise<GenerateResult>;
  /**
   * Tokens of `text` exactly as a prompt is tokenized (`bos`: a prompt's start, else a continuation).
   * Throws EngineUnsupportedError where the engine cannot tokenize (most remote servers).
   */
  tokenize(text: string, options: { bos: boolean }): Promise<number[]>;
  health(signal?: AbortSignal): Promise<EngineHealth>;
  describe(): EngineDescription;
}

/** The engine cannot do this (e.g. tokenize or a JSON schema on a server without that feature). */
export class EngineUnsupportedError extends Error {
  override readonly name = 'EngineUnsupportedError';

  constructor(
    /** What was asked for, e.g. 'tokenize' or 'jsonSchema'. */
    readonly feature: string,
    message: string,
  ) {
    super(message);
  }
}
