// Writes LoRA adapters in llama.cpp's GGUF adapter format (general.type "adapter", adapter.type "lora").

import type { GgufValue } from './gguf-types';
import { writeGgufFile, type GgufTensorInput, type GgufWriteResult } from './gguf-writer';
import {
  llamaTensorSlots,
  type LlamaHyperParams,
  type LlamaTensorRole,
  type LlamaTensorValues,
} from './llama-model-builder';

export interface LoraTarget {
  /** The base model tensor the adapter modifies, e.g. "blk.0.attn_q.weight". */
  readonly baseTensor: string;
  /** ne0 of the base tensor (its input width). */
  readonly inputDim: number;
  /** ne1 of the base tensor (its output width). */
  readonly outputDim: number;
}

export interface LoraTensorSlot {
  readonly name: string;
  readonly target: LoraTarget;
  readonly part: 'a' | 'b';
  readonly dims: readonly number[];
}

export interface LoraAdapterSpec {
  readonly name: string;
  readonly architecture: string;
  readonly rank: number;
  /** llama.cpp scales the update B·A by alpha / rank (times the user's adapter scale). */
  readonly alpha: number;
  readonly targets: readonly LoraTarget[];
  readonly values: (slot: LoraTensorSlot) => LlamaTensorValues;
}

/**
 * lora_a is [n_in, r] and lora_b is [r, n_out] (ne0 first): llama.cpp checks
 * base.ne0 == a.ne0, base.ne1 == b.ne1 and a.ne1 == b.ne0 (src/llama-adapter.cpp).
 */
export function loraTensorSlots(targets: readonly LoraTarget[], rank: number): LoraTensorSlot[] {
  if (!Number.isInteger(rank) || rank < 1) throw new Error(`LoRA rank must be a positive integer, got ${rank}`);
  return targets.flatMap((target) => [
    { name: `${target.baseTensor}.lora_a`, target, part: 'a' as const, dims: [target.inputDim, rank] },
    { name: `${target.baseTensor}.lora_b`, target, part: 'b' as const, dims: [rank, target.outputDim] },
  ]);
}

/** LoRA targets for the given llama tensor roles (e.g. attn_q, attn_v) in every layer, or only `layers`. */
export function llamaLoraTargets(
  hyperParams: LlamaHyperParams,
  roles: readonly LlamaTensorRole[],
  layers?: readonly number[],
): LoraTarget[] {
  return llamaTensorSlots(hyperParams, 1)
    .filter((slot) => slot.layer !== undefined && roles.includes(slot.role) && slot.dims.length === 2)
    .filter((slot) => layers === undefined || (slot.layer !== undefined && layers.includes(slot.layer)))
    .map((slot) => ({ baseTensor: slot.name, inputDim: slot.dims[0] ?? 0, outputDim: slot.dims[1] ?? 0 }));
}

export async function writeLoraAdapter(path: string, spec: LoraAdapterSpec): Promise<GgufWriteResult> {
  if (spec.targets.length === 0) throw new Error('a LoRA adapter needs at least one target tensor');
  const metadata = new Map<string, GgufValue>([
    ['general.architecture', { type: 'string', value: spec.architecture }],
    ['general.type', { type: 'string', value: 'adapter' }],
    ['general.name', { type: 'string', value: spec.name }],
    ['adapter.type', { type: 'string', value: 'lora' }],
    ['adapter.lora.alpha', { type: 'float32', value: spec.alpha }],
  ]);
  const tensors: GgufTensorInput[] = loraTensorSlots(spec.targets, spec.rank).map((slot) => ({
    name: slot.name,
    dims: slot.dims,
    type: 'F32',
    data: () => {
      const values = spec.values(slot);
      return values instanceof Float32Array ? [values] : values();
    },
  }));
  return writeGgufFile(path, { metadata, tensors });
}
