// Loads a GGUF model once, with its first context (base or LoRA), GPU offload falling back to the CPU.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Llama, LlamaContext, LlamaContextOptions, LlamaModel } from 'node-llama-cpp';
import { createChatWrapper, type ResolvedChatWrapper } from '../prompt-profiles/chat-wrapper-factory';
import type { ProfileId } from '../prompt-profiles/types';
import { ContextPool, type LoraScale } from './context-pool';
import { loadWithGpuFallback } from './gpu-fallback';
import type { LogRing } from './log-ring';
import type { LoadConfig } from './protocol';
import type { SessionEntry } from './session-pool';
import { ThreadPhases } from './thread-phases';

export interface LoadedModel {
  model: LlamaModel;
  contexts: ContextPool;
  /** LoRA setting of answers that do not choose one: the adapter at its load scale, if any. */
  defaultLora: LoraScale;
  /** Tokens per sequence of the first context (later contexts get at most this). */
  contextSize: number;
  /** Thread counts for prompts and for generation, applied per decode. */
  phases: ThreadPhases;
  /** Why 'auto' offload fell back to the CPU; null when it did not. */
  gpuFallback: string | null;
  config: LoadConfig;
}

export interface LoadModelOptions {
  logs: LogRing;
  maxLiveSessions: number;
  maxContexts: number;
  /** Called for every model the loader brings into memory (a load counter for tests and stats). */
  onModelLoaded?: () => void;
  onContextsChanged?: () => void;
  /** Before a conversation loses its sequence (eviction, unload): its state can be saved. */
  onSessionEvicted?: (lora: LoraScale, entry: SessionEntry) => Promise<void>;
}

/** A model could not be loaded; `log` holds what llama.cpp said while trying. */
export class ModelLoadFailure extends Error {
  override readonly name = 'ModelLoadFailure';
  constructor(
    message: string,
    readonly log: string[],
  ) {
    super(message);
  }
}

// Keeps per-sequence KV memory modest; the app's conversations are short. node-llama-cpp shrinks
// it further (down to what fits the free VRAM/RAM) and never exceeds the model's training size.
const DEFAULT_MAX_CONTEXT = 4096;

export async function loadModel(llama: Llama, config: LoadConfig, options: LoadModelOptions): Promise<LoadedModel> {
  const { logs, maxLiveSessions } = options;
  const modelFile = path.basename(config.modelPath);
  await assertReadableFile(config.modelPath, 'Model file');
  if (config.loraPath) await assertReadableFile(config.loraPath, 'LoRA adapter file');

  // The library default thread count oversubscribes small machines (4 threads on 2 cores made
  // every token ~40x slower); use exactly the cores we may run on.
  const threads = config.threads ?? os.availableParallelism();
  const phases = new ThreadPhases(llama, {
    promptThreads: config.promptThreads ?? threads,
    generationThreads: threads,
  });
  const defaultLora: LoraScale = config.loraPath ? (config.loraScale ?? 1) : null;
  const contextSize: LlamaContextOptions['contextSize'] = config.contextSize ?? { max: DEFAULT_MAX_CONTEXT };

  const attempt = async (gpuLayers: 'auto' | number): Promise<{ model: LlamaModel; context: LlamaContext }> => {
    const mark = logs.mark();
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath: config.modelPath, gpuLayers, useMmap: config.useMmap });
    } catch (error) {
      await settleLogs();
      throw failure(`Failed to load model "${modelFile}"`, error, logs.since(mark));
    }
    options.onModelLoaded?.();
    try {
      // Created now, not on first use: a LoRA that does not fit the model fails the load, with its reason.
      const context = await phases.creatingContext(() =>
        model.createContext({
          sequences: 1, // one sequence per context: see session-pool.ts
          contextSize,
          threads: phases.widest,
          lora: config.loraPath ? { adapters: [{ filePath: config.loraPath, scale: defaultLora ?? 1 }] } : undefined,
        }),
      );
      return { model, context };
    } catch (error) {
      await model.dispose().catch(() => {});
      await settleLogs();
      const what = config.loraPath
        ? `Failed to create a context for "${modelFile}" with LoRA adapter "${path.basename(config.loraPath)}"`
        : `Failed to create a context for "${modelFile}"`;
      throw failure(what, error, logs.since(mark));
    }
  };

  const { value, fallback } = await loadWithGpuFallback(config.gpuLayers, llama.gpu, attempt);
  const { model, context } = value;
  const contexts = new ContextPool(
    {
      model,
      loraPath: config.loraPath ?? null,
      phases,
      maxLiveSessions,
      maxContexts: options.maxContexts,
      wrapperFor: wrapperCache(model),
      onChange: options.onContextsChanged,
      onEvict: options.onSessionEvicted,
    },
    // Later contexts: no bigger than the first, smaller if memory has run short meanwhile.
    typeof contextSize === 'number' ? contextSize : { max: context.contextSize },
  );
  contexts.adopt(defaultLora, context);
  return { model, contexts, defaultLora, contextSize: context.contextSize, phases, gpuFallback: fallback, config };
}

/** Wrappers are stateless; resolving the Jinja template costs ~1 s, so each profile's is built once. */
function wrapperCache(model: LlamaModel): (profile: ProfileId) => ResolvedChatWrapper {
  const wrappers = new Map<ProfileId, ResolvedChatWrapper>();
  return (profile) => {
    let resolved = wrappers.get(profile);
    if (!resolved) {
      resolved = createChatWrapper(profile, model);
      wrappers.set(profile, resolved);
    }
    return resolved;
  };
}

/** llama.cpp log lines reach JS through an async native callback, possibly after the rejection. */
function settleLogs(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

async function assertReadableFile(filePath: string, label: string): Promise<void> {
  const info = await stat(filePath).catch(() => null);
  if (!info) throw new ModelLoadFailure(`${label} not found: ${filePath}`, []);
  if (!info.isFile()) throw new ModelLoadFailure(`${label} is not a regular file: ${filePath}`, []);
}

/** Builds a message naming llama.cpp's own reason, not just "Failed to load model". */
function failure(prefix: string, error: unknown, log: string[]): ModelLoadFailure {
  const reason = error instanceof Error ? error.message : String(error);
  const errorLines = log
    .filter((line) => /^\[llama\.cpp (error|fatal)\]/.test(line))
    .map((line) => line.replace(/^\[llama\.cpp \w+\]\s*/, ''));
  // The last line is often a generic "failed to load model"; the specific cause comes before it.
  const specific = errorLines.filter((line) => !/failed to load model$/i.test(line));
  const reasons = [...new Set(specific.length > 0 ? specific : errorLines)].filter((line) => !reason.includes(line));
  const detail = reasons.length > 0 ? `${reason} (llama.cpp: ${reasons.slice(-3).join('; ')})` : reason;
  return new ModelLoadFailure(`${prefix}: ${detail}`, log.slice(-20));
}
