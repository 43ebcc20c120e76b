// Loads a GGUF model (+ optional LoRA) into a context and describes it as ModelInfo.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Llama, LlamaContext, LlamaModel } from 'node-llama-cpp';
import { ggufChatTemplate } from '../prompt-profiles/chat-wrapper-factory';
import type { LogRing } from './log-ring';
import type { Backend, LoadConfig, ModelInfo } from './protocol';

export interface LoadedModel {
  model: LlamaModel;
  context: LlamaContext;
  info: ModelInfo;
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

// Keeps per-sequence KV memory modest; the app's conversations are short.
const DEFAULT_MAX_CONTEXT = 4096;

export async function loadModel(
  llama: Llama,
  config: LoadConfig,
  logs: LogRing,
  sequences: number,
): Promise<LoadedModel> {
  const modelFile = path.basename(config.modelPath);
  await assertReadableFile(config.modelPath, 'Model file');
  if (config.loraPath) await assertReadableFile(config.loraPath, 'LoRA adapter file');

  // The library default thread count oversubscribes small machines (4 threads on 2 cores made
  // every token ~40x slower); use exactly the cores we may run on.
  const threads = config.threads ?? os.availableParallelism();
  llama.maxThreads = threads;

  const mark = logs.mark();
  let model: LlamaModel;
  try {
    model = await llama.loadModel({
      modelPath: config.modelPath,
      gpuLayers: config.gpuLayers === 'off' ? 0 : config.gpuLayers,
    });
  } catch (error) {
    await settleLogs();
    throw failure(`Failed to load model "${modelFile}"`, error, logs.since(mark));
  }

  let context: LlamaContext;
  try {
    context = await model.createContext({
      sequences,
      contextSize: config.contextSize ?? { max: DEFAULT_MAX_CONTEXT },
      threads,
      lora: config.loraPath ? { adapters: [{ filePath: config.loraPath, scale: config.loraScale ?? 1 }] } : undefined,
    });
  } catch (error) {
    await model.dispose().catch(() => {});
    await settleLogs();
    const what = config.loraPath
      ? `Failed to create a context for "${modelFile}" with LoRA adapter "${path.basename(config.loraPath)}"`
      : `Failed to create a context for "${modelFile}"`;
    throw failure(what, error, logs.since(mark));
  }

  return { model, context, info: describe(llama, model, context, config, threads) };
}

function describe(
  llama: Llama,
  model: LlamaModel,
  context: LlamaContext,
  config: LoadConfig,
  threads: number,
): ModelInfo {
  const general = model.fileInfo.metadata?.general;
  const name =
    typeof general?.name === 'string' && general.name.trim() !== '' ? general.name : path.basename(config.modelPath);
  const backend: Backend = llama.gpu === false ? 'cpu' : llama.gpu;
  return {
    modelName: name,
    architecture: typeof general?.architecture === 'string' ? general.architecture : null,
    backend,
    gpuLayers: model.gpuLayers,
    totalLayers: model.fileInsights.totalLayers,
    threads,
    contextSize: context.contextSize,
    hasChatTemplate: ggufChatTemplate(model) != null,
    loraPath: config.loraPath ?? null,
    trainContextSize: model.trainContextSize,
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
