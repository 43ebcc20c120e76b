// Pure mappings ModelService uses per answer and per status: which prompt profile and LoRA setting an answer gets
// (locally or from a server), and the host's model info as the contract shows it.
import type { AdapterChoice, ModelStatus, ProfileId, Settings } from '../../../preload/contract/schemas';
import type { EngineDescription } from '../engine/engine';
import type { ModelInfo as HostModelInfo } from '../model-host';
import { defaultProfileFor } from '../prompt-profiles';

export type ContractModelInfo = NonNullable<ModelStatus['modelInfo']>;
export interface AnswerSetup {
  profile: ProfileId;
  /** null: no adapter; undefined: the adapter at its load scale. */
  lora: { scale: number } | null | undefined;
}

/** The settings' profile choice, or for 'auto' the model+adapter pair's default. */
export function resolveProfile(
  info: Pick<HostModelInfo, 'loraPath' | 'hasChatTemplate'>,
  choice: Settings['profile'],
): ProfileId {
  if (choice !== 'auto') return choice;
  return defaultProfileFor({ hasLora: Boolean(info.loraPath), hasChatTemplate: info.hasChatTemplate });
}

/**
 * The LoRA setting and prompt profile of one local answer. The profile travels with the adapter: on, the
 * adapter's profile (the settings' choice for the pair, else 'adapter'); off, the base model's own (its chat
 * template, or qa without one). Absent = the adapter at its load scale.
 */
export function localAnswerSetup(
  info: ContractModelInfo,
  adapter: AdapterChoice | undefined,
  choice: Settings['profile'],
): AnswerSetup {
  if (!info.loraPath) return { profile: resolveProfile(info, choice), lora: null };
  if (adapter && !adapter.enabled) {
    return { profile: defaultProfileFor({ hasLora: false, hasChatTemplate: info.hasChatTemplate }), lora: null };
  }
  return { profile: resolveProfile(info, choice), lora: adapter ? { scale: adapter.scale } : undefined };
}

/**
 * The LoRA setting and prompt profile of one answer from a server: with the adapter on, the adapter's own
 * plain-text profile (sent to /v1/completions); off, or on a server without the adapter, the server's chat
 * template (/v1/chat/completions).
 */
export function remoteAnswerSetup(description: EngineDescription, adapter: AdapterChoice | undefined): AnswerSetup {
  if (description.adapter.mode === 'none') return { profile: 'template', lora: undefined };
  if (adapter && !adapter.enabled) return { profile: 'template', lora: null };
  return { profile: 'adapter', lora: adapter ? { scale: adapter.scale } : undefined };
}

/** What an answer from a server is stored as: the server's name, and its model when known. */
export function remoteModelLabel(description: EngineDescription): string {
  return description.modelName ? `${description.modelName} (${description.name})` : description.name;
}

export function toContractInfo(info: HostModelInfo): ContractModelInfo {
  return {
    modelName: info.modelName,
    architecture: info.architecture ?? null,
    backend: info.backend,
    gpuLayers: info.gpuLayers,
    totalLayers: info.totalLayers,
    threads: info.threads,
    contextSize: info.contextSize,
    hasChatTemplate: info.hasChatTemplate,
    loraPath: info.loraPath ?? null,
    gpuDeviceNames: info.gpuDeviceNames,
    vramTotalBytes: info.vramTotalBytes,
    vramUsedBytes: info.vramUsedBytes,
    gpuFallback: info.gpuFallback,
  };
}
