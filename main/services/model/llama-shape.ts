// Reads a llama model's hyper-parameters from GGUF metadata, within the ranges llama.cpp handles without aborting.
import type { GgufHeader } from '../gguf/gguf-header';
import type { GgufValue } from '../gguf/gguf-types';
import { FileCheckError } from './file-check-error';

/** llama.cpp's LLAMA_MAX_LAYERS: a larger block_count makes it abort the process instead of failing. */
export const MAX_BLOCK_COUNT = 512;
/** Far beyond any real model; keeps the shape arithmetic exact and the messages sane. */
const MAX_WIDTH = 1 << 20;
const MAX_VOCAB = 1 << 24;
/** llama.cpp asserts on any other value of rope.scaling.type. */
const ROPE_SCALING_TYPES = ['none', 'linear', 'yarn', 'longrope'];

export interface LlamaLayerShape {
  readonly headCount: number;
  readonly headCountKv: number;
  readonly feedForward: number;
}

export interface LlamaShape {
  readonly embd: number;
  readonly blockCount: number;
  /** Number of entries in tokenizer.ggml.tokens, which llama.cpp uses as the vocabulary size. */
  readonly vocab: number;
  readonly headDimK: number;
  readonly headDimV: number;
  readonly ropeDims: number;
  readonly layers: readonly LlamaLayerShape[];
}

/** Throws FileCheckError naming the metadata key that is missing, mistyped or out of range. */
export function readLlamaShape(header: GgufHeader, arch = 'llama'): LlamaShape {
  const key = (suffix: string) => `${arch}.${suffix}`;
  requiredInt(header, key('context_length'), 1, 1 << 30);
  const embd = requiredInt(header, key('embedding_length'), 1, MAX_WIDTH);
  const blockCount = requiredInt(header, key('block_count'), 1, MAX_BLOCK_COUNT);
  if (header.metadata.get(key('attention.layer_norm_rms_epsilon')) === undefined) {
    throw new FileCheckError(`metadata ${key('attention.layer_norm_rms_epsilon')} is missing`);
  }
  checkDense(header, key);
  checkRopeScaling(header, key('rope.scaling.type'));

  const headCounts = perLayer(header, key('attention.head_count'), blockCount, undefined);
  const headCountsKv = perLayer(header, key('attention.head_count_kv'), blockCount, headCounts);
  const feedForward = perLayer(header, key('feed_forward_length'), blockCount, undefined);
  const layers = headCounts.map((headCount, layer) => {
    const headCountKv = headCountsKv[layer] ?? headCount;
    if (headCount % headCountKv !== 0) {
      throw new FileCheckError(
        `layer ${layer}: attention.head_count ${headCount} is not a multiple of attention.head_count_kv ${headCountKv}`,
      );
    }
    return { headCount, headCountKv, feedForward: feedForward[layer] ?? 0 };
  });

  // llama.cpp derives the head size from layer 0's head count unless key/value lengths are given.
  const firstHeads = layers[0]?.headCount ?? 1;
  const explicitK = optionalInt(header, key('attention.key_length'), 1, MAX_WIDTH);
  const explicitV = optionalInt(header, key('attention.value_length'), 1, MAX_WIDTH);
  if ((explicitK === undefined || explicitV === undefined) && embd % firstHeads !== 0) {
    throw new FileCheckError(`embedding_length ${embd} is not divisible by attention.head_count ${firstHeads}`);
  }
  const headDimK = explicitK ?? embd / firstHeads;
  const headDimV = explicitV ?? embd / firstHeads;
  const ropeDims = optionalInt(header, key('rope.dimension_count'), 1, MAX_WIDTH) ?? headDimK;
  if (ropeDims !== headDimK) {
    throw new FileCheckError(`rope.dimension_count ${ropeDims} must equal the attention head size ${headDimK}`);
  }
  return { embd, blockCount, vocab: tokenCount(header), headDimK, headDimV, ropeDims, layers };
}

function tokenCount(header: GgufHeader): number {
  const tokens = header.metadata.get('tokenizer.ggml.tokens');
  if (tokens === undefined) throw new FileCheckError('metadata tokenizer.ggml.tokens (the vocabulary) is missing');
  if (tokens.type !== 'array' || tokens.itemType !== 'string') {
    throw new FileCheckError('metadata tokenizer.ggml.tokens must be an array of strings');
  }
  if (tokens.value.length === 0 || tokens.value.length > MAX_VOCAB) {
    throw new FileCheckError(`the vocabulary has ${tokens.value.length} tokens; expected 1 to ${MAX_VOCAB}`);
  }
  return tokens.value.length;
}

/** Mixture-of-experts llama files (Mixtral) need other tensors and abort llama.cpp when their counts are inconsistent. */
function checkDense(header: GgufHeader, key: (suffix: string) => string): void {
  const experts = optionalInt(header, key('expert_count'), 0, Number.MAX_SAFE_INTEGER) ?? 0;
  if (experts > 0) {
    throw new FileCheckError(
      `expert_count is ${experts}: mixture-of-experts models are not supported, only dense llama models`,
    );
  }
  for (const suffix of ['expert_used_count', 'expert_group_count', 'expert_group_used_count']) {
    const value = header.metadata.get(key(suffix));
    if (value !== undefined && integerValues(value, key(suffix)).some((v) => v !== 0)) {
      throw new FileCheckError(`metadata ${key(suffix)} is set although the model has no experts`);
    }
  }
}

function checkRopeScaling(header: GgufHeader, key: string): void {
  const scaling = header.getString(key);
  if (scaling !== undefined && !ROPE_SCALING_TYPES.includes(scaling)) {
    throw new FileCheckError(`metadata ${key} is '${scaling}'; expected one of ${ROPE_SCALING_TYPES.join(', ')}`);
  }
}

function requiredInt(header: GgufHeader, key: string, min: number, max: number): number {
  const value = optionalInt(header, key, min, max);
  if (value === undefined) throw new FileCheckError(`metadata ${key} is missing`);
  return value;
}

function optionalInt(header: GgufHeader, key: string, min: number, max: number): number | undefined {
  const value = header.metadata.get(key);
  if (value === undefined) return undefined;
  if (value.type === 'array') throw new FileCheckError(`metadata ${key} must be a number, not an array`);
  const [number] = integerValues(value, key);
  return checkRange(number ?? Number.NaN, key, min, max);
}

/** A key that is either one number for every layer or an array with one number per layer. */
function perLayer(
  header: GgufHeader,
  key: string,
  blockCount: number,
  fallback: readonly number[] | undefined,
): number[] {
  const value = header.metadata.get(key);
  if (value === undefined) {
    if (fallback !== undefined) return [...fallback];
    throw new FileCheckError(`metadata ${key} is missing`);
  }
  const numbers = integerValues(value, key).map((n) => checkRange(n, key, 1, MAX_WIDTH));
  if (value.type !== 'array') return new Array<number>(blockCount).fill(numbers[0] ?? 0);
  if (numbers.length !== blockCount) {
    throw new FileCheckError(`metadata ${key} has ${numbers.length} entries but block_count is ${blockCount}`);
  }
  return numbers;
}

function integerValues(value: GgufValue, key: string): number[] {
  const items: readonly unknown[] = value.type === 'array' ? value.value : [value.value];
  if (value.type === 'string' || value.type === 'bool' || (value.type === 'array' && value.itemType === 'string')) {
    throw new FileCheckError(`metadata ${key} must be a number`);
  }
  return items.map((item) => {
    const number = typeof item === 'bigint' ? Number(item) : (item as number);
    if (!Number.isSafeInteger(number))
      throw new FileCheckError(`metadata ${key} must be a whole number, got ${String(item)}`);
    return number;
  });
}

function checkRange(value: number, key: string, min: number, max: number): number {
  if (value < min || value > max) throw new FileCheckError(`metadata ${key} is ${value}; expected ${min} to ${max}`);
  return value;
}
