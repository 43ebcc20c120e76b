// Turns a llama-architecture model spec (hyper-parameters, vocabulary, weight source) into a GGUF file.

import type { GgufMetadataInput } from './gguf-header-encoder';
import { LlamaFileType, type GgufValue } from './gguf-types';
import { writeGgufFile, type GgufTensorInput, type GgufWriteResult } from './gguf-writer';
import type { LlamaVocab } from './llama-spm-vocab';
import { deriveSeed, SeededRandom } from './seeded-random';

export interface LlamaHyperParams {
  readonly contextLength: number;
  readonly embeddingLength: number;
  readonly blockCount: number;
  readonly feedForwardLength: number;
  readonly headCount: number;
  readonly headCountKv: number;
  readonly rmsNormEpsilon: number;
  readonly ropeFreqBase: number;
}

/** TinyLlama-1.1B-Chat-v1.0's shape. */
export const TINYLLAMA_1_1B_HYPER_PARAMS: LlamaHyperParams = {
  contextLength: 2048,
  embeddingLength: 2048,
  blockCount: 22,
  feedForwardLength: 5632,
  headCount: 32,
  headCountKv: 4,
  rmsNormEpsilon: 1e-5,
  ropeFreqBase: 10000,
};

export type LlamaTensorRole =
  | 'token_embd'
  | 'output_norm'
  | 'output'
  | 'attn_norm'
  | 'attn_q'
  | 'attn_k'
  | 'attn_v'
  | 'attn_output'
  | 'ffn_norm'
  | 'ffn_gate'
  | 'ffn_up'
  | 'ffn_down';

export interface LlamaTensorSlot {
  /** llama.cpp tensor name, e.g. "blk.0.attn_q.weight". */
  readonly name: string;
  readonly role: LlamaTensorRole;
  /** Block index for per-layer tensors. */
  readonly layer: number | undefined;
  /** GGUF dims, ne0 first: a matrix mapping n_in to n_out is [n_in, n_out] and stored row by output. */
  readonly dims: readonly number[];
}

/** Float values for one tensor: all at once, or lazily in chunks (row-major, ne0 fastest). */
export type LlamaTensorValues = Float32Array | (() => Iterable<Float32Array>);
export type LlamaWeightSource = (slot: LlamaTensorSlot) => LlamaTensorValues;

export interface LlamaModelSpec {
  readonly name: string;
  readonly hyperParams: LlamaHyperParams;
  readonly vocab: LlamaVocab;
  readonly chatTemplate?: string;
  /** Type of the 2-D weights; norm vectors are always F32, as llama.cpp's converters write them. */
  readonly weightType: 'F32' | 'F16' | 'Q8_0';
  readonly weights: LlamaWeightSource;
  readonly extraMetadata?: Readonly<Record<string, GgufValue>>;
}

export function headDimension(hyperParams: LlamaHyperParams): number {
  return hyperParams.embeddingLength / hyperParams.headCount;
}

/** Every tensor llama.cpp's llama architecture loads, in the order convert_hf_to_gguf writes them. */
export function llamaTensorSlots(hyperParams: LlamaHyperParams, vocabSize: number): LlamaTensorSlot[] {
  validateHyperParams(hyperParams);
  const embd = hyperParams.embeddingLength;
  const kvWidth = headDimension(hyperParams) * hyperParams.headCountKv;
  const ff = hyperParams.feedForwardLength;
  const slot = (role: LlamaTensorRole, dims: number[], layer?: number): LlamaTensorSlot => ({
    name: layer === undefined ? `${role}.weight` : `blk.${layer}.${role}.weight`,
    role,
    layer,
    dims,
  });
  const slots = [slot('token_embd', [embd, vocabSize])];
  for (let layer = 0; layer < hyperParams.blockCount; layer++) {
    slots.push(
      slot('attn_norm', [embd], layer),
      slot('attn_q', [embd, embd], layer),
      slot('attn_k', [embd, kvWidth], layer),
      slot('attn_v', [embd, kvWidth], layer),
      slot('attn_output', [embd, embd], layer),
      slot('ffn_norm', [embd], layer),
      slot('ffn_gate', [embd, ff], layer),
      slot('ffn_up', [embd, ff], layer),
      slot('ffn_down', [ff, embd], layer),
    );
  }
  slots.push(slot('output_norm', [embd]), slot('output', [embd, vocabSize]));
  return slots;
}

function validateHyperParams(hyperParams: LlamaHyperParams): void {
  for (const [key, value] of Object.entries(hyperParams)) {
    if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new Error(`llama hyper-parameter ${key} must be a positive number, got ${String(value)}`);
    }
  }
  const { embeddingLength, headCount, headCountKv } = hyperParams;
  if (embeddingLength % headCount !== 0) {
    throw new Error(`embeddingLength ${embeddingLength} must be divisible by headCount ${headCount}`);
  }
  if (headCount % headCountKv !== 0) {
    throw new Error(`headCount ${headCount} must be divisible by headCountKv ${headCountKv}`);
  }
}

export function llamaModelMetadata(spec: LlamaModelSpec): Map<string, GgufValue> {
  const hp = spec.hyperParams;
  const { vocab } = spec;
  const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
  const metadata = new Map<string, GgufValue>([
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.type', { type: 'string', value: 'model' }],
    ['general.name', { type: 'string', value: spec.name }],
    ['general.file_type', u32(FILE_TYPES[spec.weightType])],
    ['llama.vocab_size', u32(vocab.tokens.length)],
    ['llama.context_length', u32(hp.contextLength)],
    ['llama.embedding_length', u32(hp.embeddingLength)],
    ['llama.block_count', u32(hp.blockCount)],
    ['llama.feed_forward_length', u32(hp.feedForwardLength)],
    ['llama.rope.dimension_count', u32(headDimension(hp))],
    ['llama.rope.freq_base', { type: 'float32', value: hp.ropeFreqBase }],
    ['llama.attention.head_count', u32(hp.headCount)],
    ['llama.attention.head_count_kv', u32(hp.headCountKv)],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: hp.rmsNormEpsilon }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'array', itemType: 'string', value: vocab.tokens }],
    ['tokenizer.ggml.scores', { type: 'array', itemType: 'float32', value: vocab.scores }],
    ['tokenizer.ggml.token_type', { type: 'array', itemType: 'int32', value: vocab.tokenTypes }],
    ['tokenizer.ggml.bos_token_id', u32(vocab.bosId)],
    ['tokenizer.ggml.eos_token_id', u32(vocab.eosId)],
    ['tokenizer.ggml.unknown_token_id', u32(vocab.unknownId)],
    ['tokenizer.ggml.padding_token_id', u32(vocab.paddingId)],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: vocab.addBosToken }],
    ['tokenizer.ggml.add_eos_token', { type: 'bool', value: vocab.addEosToken }],
  ]);
  if (spec.weightType !== 'F32') metadata.set('general.quantization_version', u32(2));
  if (spec.chatTemplate !== undefined)
    metadata.set('tokenizer.chat_template', { type: 'string', value: spec.chatTemplate });
  for (const [key, value] of Object.entries(spec.extraMetadata ?? {})) metadata.set(key, value);
  return metadata;
}

const FILE_TYPES: Readonly<Record<LlamaModelSpec['weightType'], number>> = {
  F32: LlamaFileType.ALL_F32,
  F16: LlamaFileType.MOSTLY_F16,
  Q8_0: LlamaFileType.MOSTLY_Q8_0,
};

/** Writes `spec` as a GGUF model llama.cpp can load; weights are pulled from `spec.weights` one tensor at a time. */
export async function writeLlamaModel(path: string, spec: LlamaModelSpec): Promise<GgufWriteResult> {
  const { tokens, scores, tokenTypes } = spec.vocab;
  if (scores.length !== tokens.length || tokenTypes.length !== tokens.length) {
    throw new Error('vocab tokens, scores and token types must have the same length');
  }
  const tensors: GgufTensorInput[] = llamaTensorSlots(spec.hyperParams, tokens.length).map((slot) => ({
    name: slot.name,
    dims: slot.dims,
    type: slot.dims.length === 1 ? 'F32' : spec.weightType,
    // Deferred so only one tensor's values exist at a time.
    data: () => asChunks(spec.weights(slot)),
  }));
  const metadata: GgufMetadataInput = llamaModelMetadata(spec);
  return writeGgufFile(path, { metadata, tensors });
}

function asChunks(values: LlamaTensorValues): Iterable<Float32Array> {
  return values instanceof Float32Array ? [values] : values();
}

const CHUNK_VALUES = 1 << 16;

/**
 * Random weights from `seed`: norms are 1, matrices uniform with std 1/sqrt(n_in) (the embedding std ~0.58),
 * generated in chunks so even a 1B-parameter model streams with little memory.
 */
export function randomLlamaWeights(seed: number): LlamaWeightSource {
  return (slot) => {
    const count = slot.dims.reduce((product, dim) => product * dim, 1);
    if (slot.dims.length === 1) return new Float32Array(count).fill(1);
    const inputs = slot.dims[0] ?? 1;
    const scale = slot.role === 'token_embd' ? 1 : Math.sqrt(3 / inputs);
    return function* randomChunks() {
      const random = new SeededRandom(deriveSeed(seed, slot.name));
      for (let done = 0; done < count; done += CHUNK_VALUES) {
        yield random.fillUniform(new Float32Array(Math.min(CHUNK_VALUES, count - done)), scale);
      }
    };
  };
}
