// LoRA rules: adapter metadata llama.cpp can read, complete a/b pairs, names and shapes that fit the chosen base.
import { describe, expect, it } from 'vitest';
import type { GgufValue } from '../../../main/services/gguf';
import { FileCheckError } from '../../../main/services/model/file-check-error';
import { checkLoraAgainstBase } from '../../../main/services/model/lora-checks';
import { f32, header, llamaMetadata, llamaTensors, str, u32, type TensorSpec } from './header-builder';

const base = header(llamaMetadata(), llamaTensors());

function loraMetadata(overrides: Record<string, GgufValue | undefined> = {}): Record<string, GgufValue> {
  const metadata: Record<string, GgufValue> = {
    'general.architecture': str('llama'),
    'general.type': str('adapter'),
    'adapter.type': str('lora'),
    'adapter.lora.alpha': f32(8),
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete metadata[key];
    else metadata[key] = value;
  }
  return metadata;
}

/** q (64→64) and v (64→16) in layer 0, rank 4. */
function loraTensors(): TensorSpec[] {
  return [
    { name: 'blk.0.attn_q.weight.lora_a', dims: [64, 4] },
    { name: 'blk.0.attn_q.weight.lora_b', dims: [4, 64] },
    { name: 'blk.0.attn_v.weight.lora_a', dims: [64, 4] },
    { name: 'blk.0.attn_v.weight.lora_b', dims: [4, 16] },
  ];
}

function check(tensors: TensorSpec[] = loraTensors(), overrides: Record<string, GgufValue | undefined> = {}) {
  return checkLoraAgainstBase(header(loraMetadata(overrides), tensors), base, 'the base model tiny.gguf');
}

function problem(tensors: TensorSpec[] = loraTensors(), overrides: Record<string, GgufValue | undefined> = {}) {
  try {
    check(tensors, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(FileCheckError);
    return (error as Error).message;
  }
  throw new Error('expected the adapter to be refused');
}

const replace = (name: string, change: Partial<TensorSpec> | null): TensorSpec[] =>
  loraTensors().flatMap((spec) => (spec.name !== name ? [spec] : change === null ? [] : [{ ...spec, ...change }]));

describe('checkLoraAgainstBase', () => {
  it('accepts a fitting adapter and reports its pairs, ranks and alpha', () => {
    const summary = check();
    expect(summary.alpha).toBe(8);
    expect(summary.pairs.map((pair) => [pair.target, pair.rank])).toEqual([
      ['blk.0.attn_q.weight', 4],
      ['blk.0.attn_v.weight', 4],
    ]);
  });

  it('refuses a model offered as an adapter, and other adapter types', () => {
    expect(problem(loraTensors(), { 'general.type': str('model') })).toMatch(
      /^not a GGUF LoRA adapter: general\.type is 'model'/,
    );
    expect(problem(loraTensors(), { 'general.type': undefined })).toMatch(/general\.type is missing/);
    expect(problem(loraTensors(), { 'adapter.type': str('control_vector') })).toBe(
      "adapter.type is 'control_vector'; only LoRA adapters are supported",
    );
  });

  it('needs alpha as a finite float32 (llama.cpp aborts on any other type)', () => {
    expect(problem(loraTensors(), { 'adapter.lora.alpha': undefined })).toMatch(/adapter\.lora\.alpha .* is missing/);
    expect(problem(loraTensors(), { 'adapter.lora.alpha': u32(8) })).toBe(
      'adapter.lora.alpha must be a float32, not uint32',
    );
    expect(problem(loraTensors(), { 'adapter.lora.alpha': f32(Number.NaN) })).toMatch(/alpha is NaN/);
  });

  it('needs the architecture of the base', () => {
    expect(problem(loraTensors(), { 'general.architecture': str('qwen2') })).toMatch(
      /architecture 'qwen2' is not supported/,
    );
    expect(problem(loraTensors(), { 'general.architecture': undefined })).toBe('general.architecture is missing');
  });

  it('names the missing half of an incomplete pair', () => {
    expect(problem(replace('blk.0.attn_v.weight.lora_a', null))).toBe(
      "the LoRA pair for 'blk.0.attn_v.weight' is incomplete: 'blk.0.attn_v.weight.lora_a' is missing",
    );
  });

  it('refuses tensors that are not LoRA halves, but skips norm vectors as llama.cpp does', () => {
    expect(problem([...loraTensors(), { name: 'blk.0.attn_q.weight.delta', dims: [64, 64] }])).toBe(
      "tensor 'blk.0.attn_q.weight.delta' is neither a .lora_a nor a .lora_b tensor",
    );
    expect(() => check([...loraTensors(), { name: 'blk.0.attn_norm.weight', dims: [64] }])).not.toThrow();
    expect(problem([])).toMatch(/contains no LoRA tensors/);
  });

  it('names a target the base does not have', () => {
    const deeper = loraTensors().map((spec) => ({ ...spec, name: spec.name.replace('blk.0.', 'blk.5.') }));
    expect(problem(deeper)).toBe(
      "the adapter modifies 'blk.5.attn_q.weight', which does not exist in the base model tiny.gguf (the adapter was made for another base model)",
    );
  });

  it('names the tensor and dimension that do not fit the base', () => {
    expect(problem(replace('blk.0.attn_q.weight.lora_a', { dims: [128, 4] }))).toBe(
      "'blk.0.attn_q.weight.lora_a' ne0 is 128 but the base's ne0 is 64 (base 'blk.0.attn_q.weight' is [64, 64] in the base model tiny.gguf): the adapter was made for another base model",
    );
    expect(problem(replace('blk.0.attn_v.weight.lora_b', { dims: [4, 64] }))).toMatch(
      /^'blk\.0\.attn_v\.weight\.lora_b' ne1 is 64 but the base's ne1 is 16/,
    );
  });

  it('names a rank mismatch between a and b', () => {
    expect(problem(replace('blk.0.attn_q.weight.lora_b', { dims: [8, 64] }))).toBe(
      "rank mismatch in 'blk.0.attn_q.weight': lora_a ne1 is 4 but lora_b ne0 is 8 (they must both be the rank)",
    );
  });

  it('accepts different ranks per module (PEFT rank_pattern)', () => {
    const mixed = [
      ...replace('blk.0.attn_v.weight.lora_a', { dims: [64, 2] }).filter(
        (s) => s.name !== 'blk.0.attn_v.weight.lora_b',
      ),
      { name: 'blk.0.attn_v.weight.lora_b', dims: [2, 16] },
    ];
    expect(check(mixed).pairs.map((pair) => pair.rank)).toEqual([4, 2]);
  });

  it('uses the swapped layout for token_embd, like llama.cpp', () => {
    const embd = [
      { name: 'token_embd.weight.lora_a', dims: [4, 10] },
      { name: 'token_embd.weight.lora_b', dims: [4, 64] },
    ];
    expect(check(embd).pairs[0]?.rank).toBe(4);
    expect(
      problem([
        { name: 'token_embd.weight.lora_a', dims: [64, 4] },
        { name: 'token_embd.weight.lora_b', dims: [4, 10] },
      ]),
    ).toMatch(/'token_embd\.weight\.lora_b' ne1 is 10 but the base's ne0 is 64/);
  });

  it('refuses LoRA tensors that are not 2-D or have integer types', () => {
    expect(problem(replace('blk.0.attn_q.weight.lora_a', { dims: [64, 4, 2] }))).toMatch(
      /has shape \[64, 4, 2\]; LoRA tensors are 2-dimensional/,
    );
    expect(problem(replace('blk.0.attn_q.weight.lora_a', { type: 'I8' }))).toMatch(/type I8/);
  });
});
