// Maps PEFT tensor names (Hugging Face llama layout) to llama.cpp GGUF LoRA tensor names, and refuses the rest.

import { PeftConversionError } from './peft-conversion-error';

/** The Hugging Face llama projections a GGUF LoRA can adapt, in llama.cpp's tensor order. */
export const HF_LLAMA_MODULES = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as const;
export type HfLlamaModule = (typeof HF_LLAMA_MODULES)[number];

export type LlamaLoraRole = 'attn_q' | 'attn_k' | 'attn_v' | 'attn_output' | 'ffn_gate' | 'ffn_up' | 'ffn_down';

/** HF module → llama.cpp tensor role (convert_hf_to_gguf's tensor map for LlamaForCausalLM). */
export const LLAMA_ROLE_OF: Readonly<Record<HfLlamaModule, LlamaLoraRole>> = {
  q_proj: 'attn_q',
  k_proj: 'attn_k',
  v_proj: 'attn_v',
  o_proj: 'attn_output',
  gate_proj: 'ffn_gate',
  up_proj: 'ffn_up',
  down_proj: 'ffn_down',
};

const PARENT_OF: Readonly<Record<HfLlamaModule, string>> = {
  q_proj: 'self_attn',
  k_proj: 'self_attn',
  v_proj: 'self_attn',
  o_proj: 'self_attn',
  gate_proj: 'mlp',
  up_proj: 'mlp',
  down_proj: 'mlp',
};

export interface PeftLoraTensorName {
  /** The tensor's name in adapter_model.safetensors. */
  readonly tensorName: string;
  readonly layer: number;
  readonly module: HfLlamaModule;
  readonly part: 'A' | 'B';
  /** The adapter name PEFT sometimes keeps in keys (".lora_A.default.weight"); null when absent. */
  readonly adapterName: string | null;
  /** The module's name in the base model, as PEFT matches target_modules: "model.layers.3.self_attn.q_proj". */
  readonly moduleKey: string;
  /** The base tensor llama.cpp applies it to, e.g. "blk.3.attn_q.weight". */
  readonly baseTensor: string;
}

const LORA_NAME = /^(?:base_model\.model\.)?(.+)\.lora_([AB])(?:\.([A-Za-z0-9_-]+))?\.weight$/;
const LAYER_MODULE = /^model\.layers\.(\d+)\.([a-z_]+)\.([a-z_]+)$/;

/**
 * Parses one tensor name from adapter_model.safetensors. LoRA pairs of supported llama projections are
 * returned; anything a GGUF LoRA cannot carry (DoRA magnitudes, LoRA biases, embeddings, saved modules,
 * unknown modules) is refused with a message naming the tensor.
 */
export function parsePeftTensorName(tensorName: string, label = 'adapter_model.safetensors'): PeftLoraTensorName {
  const refuse = (what: string): never => {
    throw new PeftConversionError(`${label}: tensor "${tensorName}" ${what}`, 'unsupported');
  };
  if (tensorName.includes('lora_magnitude_vector')) refuse('is a DoRA magnitude vector; DoRA cannot be converted');
  if (/\.lora_[AB](\.[^.]+)?\.bias$/.test(tensorName)) refuse('is a LoRA bias; LoRA biases cannot be converted');
  if (tensorName.includes('lora_embedding_')) refuse('adapts the token embeddings; embedding LoRA cannot be converted');
  if (tensorName.includes('trainable_tokens_')) refuse('holds trained token embeddings, which cannot be converted');
  const match = LORA_NAME.exec(tensorName);
  if (match === null) {
    return refuse(
      'is not a LoRA A/B weight (full module weights from modules_to_save or other tensors cannot be converted)',
    );
  }
  const [, modulePath = '', part = 'A', adapterName] = match;
  const moduleMatch = LAYER_MODULE.exec(modulePath);
  const leaf = modulePath.split('.').at(-1) ?? modulePath;
  if (moduleMatch === null || !isSupportedModule(leaf)) {
    return refuse(
      `adapts module "${modulePath}", which cannot be converted; supported are ${HF_LLAMA_MODULES.join(', ')} in model.layers.N`,
    );
  }
  const [, layerText = '', parent = ''] = moduleMatch;
  const module = leaf;
  if (PARENT_OF[module] !== parent) refuse(`names ${module} under "${parent}", where a llama model has no such module`);
  const layer = Number(layerText);
  if (!Number.isSafeInteger(layer)) refuse('has an impossible layer index');
  return {
    tensorName,
    layer,
    module,
    part: part === 'B' ? 'B' : 'A',
    adapterName: adapterName ?? null,
    moduleKey: modulePath,
    baseTensor: llamaBaseTensorName(layer, module),
  };
}

export function isSupportedModule(name: string): name is HfLlamaModule {
  return (HF_LLAMA_MODULES as readonly string[]).includes(name);
}

/** "blk.{layer}.{role}.weight", the base tensor name llama.cpp pairs with ".lora_a" / ".lora_b". */
export function llamaBaseTensorName(layer: number, module: HfLlamaModule): string {
  return `blk.${layer}.${LLAMA_ROLE_OF[module]}.weight`;
}

/**
 * GGUF dims (ne0 first) of the converted pair. PyTorch lora_A is [r, in] and lora_B is [out, r], row-major,
 * so the same bytes read ne0-first are lora_a [in, r] and lora_b [r, out] (llama.cpp checks base.ne0 == a.ne0,
 * base.ne1 == b.ne1 and a.ne1 == b.ne0 in src/llama-adapter.cpp).
 */
export function ggufLoraDims(
  aShape: readonly number[],
  bShape: readonly number[],
): { a: [number, number]; b: [number, number] } {
  const [rank = 0, inputs = 0] = aShape;
  const [outputs = 0] = bShape;
  return { a: [inputs, rank], b: [rank, outputs] };
}
