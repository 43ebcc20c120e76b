// Describes the loaded model as ModelInfo: what it is, where it runs (GPU devices, VRAM), its context.
import path from 'node:path';
import type { Llama } from 'node-llama-cpp';
import { ggufChatTemplate } from '../prompt-profiles/chat-wrapper-factory';
import type { LoadedModel } from './model-loader';
import type { Backend, ModelInfo } from './protocol';

/** `runtimeFallback`: why the GPU backend itself could not start (LlamaRuntime.gpuFallback). */
export async function describeModel(
  llama: Llama,
  loaded: LoadedModel,
  runtimeFallback: string | null,
): Promise<ModelInfo> {
  const { model, config } = loaded;
  const general = model.fileInfo.metadata?.general;
  const name =
    typeof general?.name === 'string' && general.name.trim() !== '' ? general.name : path.basename(config.modelPath);
  const backend: Backend = llama.gpu === false ? 'cpu' : llama.gpu;
  // VRAM is read now (not at load): each context created on demand takes its own share.
  const [deviceNames, vram] = await Promise.all([
    llama.getGpuDeviceNames().catch(() => []),
    llama.gpu === false ? null : llama.getVramState().catch(() => null),
  ]);
  return {
    modelName: name,
    architecture: typeof general?.architecture === 'string' ? general.architecture : null,
    backend,
    gpuLayers: model.gpuLayers,
    totalLayers: model.fileInsights.totalLayers,
    threads: loaded.phases.current.generationThreads,
    contextSize: loaded.contextSize,
    hasChatTemplate: ggufChatTemplate(model) != null,
    loraPath: config.loraPath ?? null,
    gpuDeviceNames: deviceNames,
    vramTotalBytes: vram?.total ?? null,
    vramUsedBytes: vram?.used ?? null,
    gpuFallback: [runtimeFallback, loaded.gpuFallback].filter((line) => line !== null).join(' ') || null,
    trainContextSize: model.trainContextSize,
    promptThreads: loaded.phases.current.promptThreads,
  };
}
