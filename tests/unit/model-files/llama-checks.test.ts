// Model rules: hyper-parameters within what llama.cpp handles, every required tensor present with the implied shape.
import { describe, expect, it } from 'vitest';
import { FileCheckError } from '../../../main/services/model/file-check-error';
import { readLlamaShape } from '../../../main/services/model/llama-shape';
import { checkLlamaTensors } from '../../../main/services/model/llama-tensor-checks';
import type { GgufValue } from '../../../main/services/gguf';
import { header, llamaMetadata, llamaTensors, str, u32, type TensorSpec } from './header-builder';

function problem(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(FileCheckError);
    return (error as Error).message;
  }
  throw new Error('expected the check to fail');
}

function shapeProblem(overrides: Record<string, GgufValue | undefined>): string {
  return problem(() => readLlamaShape(header(llamaMetadata(overrides))));
}

function checkModel(tensors: TensorSpec[], overrides: Record<string, GgufValue | undefined> = {}): void {
  const model = header(llamaMetadata(overrides), tensors);
  checkLlamaTensors(model, readLlamaShape(model));
}

const withTensor = (name: string, change: Partial<TensorSpec> | null): TensorSpec[] =>
  llamaTensors().flatMap((spec) => (spec.name !== name ? [spec] : change === null ? [] : [{ ...spec, ...change }]));

describe('readLlamaShape', () => {
  it('reads a dense GQA llama', () => {
    const shape = readLlamaShape(header(llamaMetadata()));
    expect(shape).toMatchObject({ embd: 64, blockCount: 2, vocab: 10, headDimK: 8, headDimV: 8, ropeDims: 8 });
    expect(shape.layers).toEqual([
      { headCount: 8, headCountKv: 2, feedForward: 176 },
      { headCount: 8, headCountKv: 2, feedForward: 176 },
    ]);
  });

  it('defaults head_count_kv to head_count and accepts per-layer arrays', () => {
    const shape = readLlamaShape(
      header(
        llamaMetadata({
          'llama.attention.head_count_kv': undefined,
          'llama.feed_forward_length': { type: 'array', itemType: 'uint32', value: [176, 352] },
        }),
      ),
    );
    expect(shape.layers.map((l) => [l.headCountKv, l.feedForward])).toEqual([
      [8, 176],
      [8, 352],
    ]);
  });

  it('names a missing required key', () => {
    expect(shapeProblem({ 'llama.embedding_length': undefined })).toBe('metadata llama.embedding_length is missing');
    expect(shapeProblem({ 'llama.context_length': undefined })).toBe('metadata llama.context_length is missing');
    expect(shapeProblem({ 'llama.attention.layer_norm_rms_epsilon': undefined })).toMatch(/rms_epsilon is missing/);
  });

  it('refuses a block count llama.cpp would abort on (1..512)', () => {
    expect(shapeProblem({ 'llama.block_count': u32(513) })).toBe(
      'metadata llama.block_count is 513; expected 1 to 512',
    );
    expect(shapeProblem({ 'llama.block_count': u32(0) })).toMatch(/block_count is 0/);
  });

  it('refuses inconsistent head counts', () => {
    expect(shapeProblem({ 'llama.attention.head_count_kv': u32(3) })).toBe(
      'layer 0: attention.head_count 8 is not a multiple of attention.head_count_kv 3',
    );
    expect(shapeProblem({ 'llama.attention.head_count': u32(6), 'llama.attention.head_count_kv': u32(6) })).toBe(
      'embedding_length 64 is not divisible by attention.head_count 6',
    );
    expect(shapeProblem({ 'llama.rope.dimension_count': u32(16) })).toBe(
      'rope.dimension_count 16 must equal the attention head size 8',
    );
  });

  it('refuses per-layer arrays of the wrong length and values of the wrong type', () => {
    expect(
      shapeProblem({ 'llama.feed_forward_length': { type: 'array', itemType: 'uint32', value: [176, 176, 176] } }),
    ).toBe('metadata llama.feed_forward_length has 3 entries but block_count is 2');
    expect(shapeProblem({ 'llama.embedding_length': str('64') })).toBe(
      'metadata llama.embedding_length must be a number',
    );
    expect(shapeProblem({ 'llama.embedding_length': { type: 'float32', value: 64.5 } })).toMatch(
      /must be a whole number/,
    );
  });

  it('refuses mixture-of-experts files and stray expert counts', () => {
    expect(shapeProblem({ 'llama.expert_count': u32(8) })).toMatch(/expert_count is 8: mixture-of-experts/);
    expect(shapeProblem({ 'llama.expert_used_count': u32(2) })).toMatch(/expert_used_count is set although/);
  });

  it('refuses a rope scaling type llama.cpp does not know (it would abort)', () => {
    expect(shapeProblem({ 'llama.rope.scaling.type': str('bogus') })).toMatch(/rope\.scaling\.type is 'bogus'/);
    expect(() => readLlamaShape(header(llamaMetadata({ 'llama.rope.scaling.type': str('yarn') })))).not.toThrow();
  });

  it('needs the vocabulary', () => {
    expect(shapeProblem({ 'tokenizer.ggml.tokens': undefined })).toMatch(/tokenizer\.ggml\.tokens .* is missing/);
    expect(shapeProblem({ 'tokenizer.ggml.tokens': { type: 'array', itemType: 'int32', value: [1] } })).toMatch(
      /must be an array of strings/,
    );
  });
});

describe('checkLlamaTensors', () => {
  it('accepts a complete model, with or without output.weight (tied embeddings)', () => {
    expect(() => checkModel(llamaTensors())).not.toThrow();
    expect(() => checkModel(withTensor('output.weight', null))).not.toThrow();
  });

  it('names a missing tensor', () => {
    expect(problem(() => checkModel(withTensor('blk.1.ffn_up.weight', null)))).toBe(
      "tensor 'blk.1.ffn_up.weight' is missing; a llama model with block_count 2 needs it",
    );
  });

  it('names the tensor, its shape, the expected shape and what the dimensions mean', () => {
    expect(problem(() => checkModel(withTensor('blk.0.attn_v.weight', { dims: [64, 32] })))).toBe(
      "tensor 'blk.0.attn_v.weight' has shape [64, 32] but the hyper-parameters need [64, 16] (embedding_length × head_count_kv·value head size)",
    );
    expect(problem(() => checkModel(withTensor('blk.1.ffn_down.weight', { dims: [64, 176] })))).toMatch(
      /\[64, 176\] but the hyper-parameters need \[176, 64\] \(feed_forward_length × embedding_length\)/,
    );
  });

  it('checks the vocabulary size against token_embd and output', () => {
    expect(problem(() => checkModel(withTensor('token_embd.weight', { dims: [64, 11] })))).toMatch(
      /'token_embd\.weight' has shape \[64, 11\] but the hyper-parameters need \[64, 10\] \(embedding_length × vocabulary size\)/,
    );
    expect(problem(() => checkModel(withTensor('output.weight', { dims: [64, 9] })))).toMatch(/'output\.weight'/);
  });

  it('treats trailing dimensions of 1 as absent, as ggml does', () => {
    expect(() => checkModel(withTensor('output_norm.weight', { dims: [64, 1] }))).not.toThrow();
  });

  it('accepts a fused attn_qkv instead of separate q, k and v', () => {
    const fused = llamaTensors()
      .filter((spec) => !/^blk\.0\.attn_[qkv]\.weight$/.test(spec.name))
      .concat({ name: 'blk.0.attn_qkv.weight', dims: [64, 96] });
    expect(() => checkModel(fused)).not.toThrow();
  });

  it('refuses integer tensor types as weights', () => {
    expect(problem(() => checkModel(withTensor('blk.0.attn_q.weight', { type: 'I32' })))).toBe(
      "tensor 'blk.0.attn_q.weight' has type I32, which cannot hold model weights",
    );
    expect(() => checkModel(withTensor('blk.0.attn_q.weight', { type: 'Q4_K' }))).not.toThrow();
  });
});
