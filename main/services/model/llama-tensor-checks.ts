// Checks a llama model's tensors against its hyper-parameters: every required tensor present, shapes and types right.
import type { GgufHeader } from '../gguf/gguf-header';
import type { GgufTensorInfo } from '../gguf/gguf-header-parser';
import { FileCheckError } from './file-check-error';
import type { LlamaShape } from './llama-shape';

/** One tensor llama.cpp's llama architecture looks for, with the shape the hyper-parameters imply. */
export interface ExpectedTensor {
  readonly name: string;
  readonly dims: readonly number[];
  /** What each dimension is, for messages: "embedding_length × head_count_kv·head size". */
  readonly meaning: string;
  readonly required: boolean;
}

/** Integer and F64 tensors load, but llama.cpp's matrix products cannot use them as weights. */
const NON_WEIGHT_TYPES = new Set(['I8', 'I16', 'I32', 'I64', 'F64']);

/** The tensors src/models/llama.cpp creates for a dense llama model (optional ones marked). */
export function expectedLlamaTensors(shape: LlamaShape, header: Pick<GgufHeader, 'getTensor'>): ExpectedTensor[] {
  const { embd, vocab, headDimK, headDimV, ropeDims } = shape;
  const tensor = (name: string, dims: number[], meaning: string, required = true): ExpectedTensor => ({
    name,
    dims,
    meaning,
    required,
  });
  const expected = [
    tensor('token_embd.weight', [embd, vocab], 'embedding_length × vocabulary size'),
    tensor('output_norm.weight', [embd], 'embedding_length'),
    // Without output.weight llama.cpp reuses token_embd (tied embeddings).
    tensor('output.weight', [embd, vocab], 'embedding_length × vocabulary size', false),
    tensor('rope_freqs.weight', [ropeDims / 2], 'rope.dimension_count / 2', false),
  ];
  shape.layers.forEach((layer, i) => {
    const q = headDimK * layer.headCount;
    const k = headDimK * layer.headCountKv;
    const v = headDimV * layer.headCountKv;
    const blk = (role: string, suffix = 'weight') => `blk.${i}.${role}.${suffix}`;
    // A fused attn_qkv replaces the separate q, k and v projections.
    const fused = header.getTensor(blk('attn_qkv')) !== undefined;
    expected.push(
      tensor(blk('attn_norm'), [embd], 'embedding_length'),
      tensor(blk('attn_qkv'), [embd, q + k + v], 'embedding_length × (q + k + v widths)', false),
      tensor(blk('attn_q'), [embd, q], 'embedding_length × head_count·head size', !fused),
      tensor(blk('attn_k'), [embd, k], 'embedding_length × head_count_kv·head size', !fused),
      tensor(blk('attn_v'), [embd, v], 'embedding_length × head_count_kv·value head size', !fused),
      tensor(blk('attn_q', 'bias'), [q], 'head_count·head size', false),
      tensor(blk('attn_k', 'bias'), [k], 'head_count_kv·head size', false),
      tensor(blk('attn_v', 'bias'), [v], 'head_count_kv·value head size', false),
      tensor(blk('attn_output'), [headDimV * layer.headCount, embd], 'head_count·head size × embedding_length'),
      tensor(blk('attn_output', 'bias'), [embd], 'embedding_length', false),
      tensor(blk('ffn_norm'), [embd], 'embedding_length'),
      tensor(blk('ffn_gate'), [embd, layer.feedForward], 'embedding_length × feed_forward_length'),
      tensor(blk('ffn_up'), [embd, layer.feedForward], 'embedding_length × feed_forward_length'),
      tensor(blk('ffn_down'), [layer.feedForward, embd], 'feed_forward_length × embedding_length'),
      tensor(blk('ffn_gate', 'bias'), [layer.feedForward], 'feed_forward_length', false),
      tensor(blk('ffn_up', 'bias'), [layer.feedForward], 'feed_forward_length', false),
      tensor(blk('ffn_down', 'bias'), [embd], 'embedding_length', false),
    );
  });
  return expected;
}

/** Throws FileCheckError for the first missing, mis-shaped or unusably typed tensor. */
export function checkLlamaTensors(header: GgufHeader, shape: LlamaShape): void {
  for (const expected of expectedLlamaTensors(shape, header)) {
    const actual = header.getTensor(expected.name);
    if (actual === undefined) {
      if (!expected.required) continue;
      throw new FileCheckError(
        `tensor '${expected.name}' is missing; a llama model with block_count ${shape.blockCount} needs it`,
      );
    }
    if (!sameDims(actual.dims, expected.dims)) {
      throw new FileCheckError(
        `tensor '${expected.name}' has shape ${formatDims(actual.dims)} but the hyper-parameters need ` +
          `${formatDims(expected.dims)} (${expected.meaning})`,
      );
    }
    checkWeightType(actual);
  }
}

export function checkWeightType(tensor: GgufTensorInfo): void {
  if (NON_WEIGHT_TYPES.has(tensor.typeName)) {
    throw new FileCheckError(`tensor '${tensor.name}' has type ${tensor.typeName}, which cannot hold model weights`);
  }
}

function sameDims(actual: readonly number[], expected: readonly number[]): boolean {
  // ggml pads missing trailing dimensions with 1, so [64] and [64, 1] are the same tensor shape.
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) if ((actual[i] ?? 1) !== (expected[i] ?? 1)) return false;
  return true;
}

/** "[64, 16]" in GGUF order (ne0 first). */
export function formatDims(dims: readonly number[]): string {
  return `[${dims.join(', ')}]`;
}
