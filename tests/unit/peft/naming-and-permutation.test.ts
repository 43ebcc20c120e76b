// PEFT tensor names → llama.cpp names and GGUF shapes, refusals of non-LoRA tensors, and the q/k row permutation.

import { describe, expect, it } from 'vitest';
import { deriveSeed, SeededRandom } from '../../../main/services/gguf';
import { PeftConversionError } from '../../../main/services/peft';
import { namesLookAlike } from '../../../main/services/peft/base-compat';
import { ggufLoraDims, parsePeftTensorName } from '../../../main/services/peft/peft-tensor-names';
import { permuteRopeRows, ropePermutationHeads } from '../../../main/services/peft/rope-permutation';
import { hfPermute } from '../../fixtures/hf/hf-to-gguf';

describe('parsePeftTensorName', () => {
  it('maps PEFT keys to llama.cpp base tensors', () => {
    expect(parsePeftTensorName('base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight')).toEqual({
      tensorName: 'base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight',
      layer: 3,
      module: 'q_proj',
      part: 'A',
      adapterName: null,
      moduleKey: 'model.layers.3.self_attn.q_proj',
      baseTensor: 'blk.3.attn_q.weight',
    });
    const cases: [string, string][] = [
      ['base_model.model.model.layers.0.self_attn.k_proj.lora_B.weight', 'blk.0.attn_k.weight'],
      ['base_model.model.model.layers.12.self_attn.v_proj.lora_A.weight', 'blk.12.attn_v.weight'],
      ['base_model.model.model.layers.1.self_attn.o_proj.lora_A.weight', 'blk.1.attn_output.weight'],
      ['base_model.model.model.layers.21.mlp.gate_proj.lora_B.weight', 'blk.21.ffn_gate.weight'],
      ['base_model.model.model.layers.2.mlp.up_proj.lora_A.weight', 'blk.2.ffn_up.weight'],
      ['base_model.model.model.layers.2.mlp.down_proj.lora_B.weight', 'blk.2.ffn_down.weight'],
      ['model.layers.4.self_attn.q_proj.lora_B.weight', 'blk.4.attn_q.weight'],
    ];
    for (const [name, base] of cases) expect(parsePeftTensorName(name).baseTensor).toBe(base);
  });

  it('reads an adapter name kept in the key', () => {
    const name = parsePeftTensorName('base_model.model.model.layers.0.self_attn.v_proj.lora_B.default.weight');
    expect(name).toMatchObject({ part: 'B', adapterName: 'default', baseTensor: 'blk.0.attn_v.weight' });
  });

  const refused: [string, RegExp][] = [
    ['base_model.model.model.layers.0.self_attn.q_proj.lora_magnitude_vector', /DoRA magnitude vector/],
    ['base_model.model.model.layers.0.self_attn.q_proj.lora_B.bias', /is a LoRA bias/],
    ['base_model.model.model.embed_tokens.lora_embedding_A', /adapts the token embeddings/],
    [
      'base_model.model.model.embed_tokens.weight',
      /is not a LoRA A\/B weight \(full module weights from modules_to_save/,
    ],
    ['base_model.model.lm_head.lora_A.weight', /adapts module "lm_head", which cannot be converted/],
    ['base_model.model.model.layers.0.self_attn.q_proj.weight', /is not a LoRA A\/B weight/],
    ['base_model.model.model.layers.0.mlp.q_proj.lora_A.weight', /names q_proj under "mlp"/],
    ['base_model.model.transformer.h.0.attn.c_attn.lora_A.weight', /adapts module "transformer.h.0.attn.c_attn"/],
    [
      'base_model.model.model.layers.0.self_attn.qkv_proj.lora_A.weight',
      /"model.layers.0.self_attn.qkv_proj", which cannot/,
    ],
  ];
  for (const [name, message] of refused) {
    it(`refuses ${name}`, () => {
      let error: unknown;
      try {
        parsePeftTensorName(name);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PeftConversionError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(`"${name}"`);
    });
  }

  it('turns PyTorch [r, in] / [out, r] into GGUF lora_a [in, r] / lora_b [r, out]', () => {
    // TinyLlama v_proj: in 2048, out 256 (4 kv heads × 64), rank 8.
    expect(ggufLoraDims([8, 2048], [256, 8])).toEqual({ a: [2048, 8], b: [8, 256] });
  });
});

describe('permuteRopeRows (convert_hf_to_gguf LlamaModel.permute)', () => {
  const rowIndices = (rows: number, cols: number) =>
    Float32Array.from({ length: rows * cols }, (_, i) => Math.floor(i / cols));

  it('interleaves the two halves of each head, worked by hand', () => {
    // One head of 6: halves [0 1 2 | 3 4 5] → pairs (0,3) (1,4) (2,5).
    expect([...permuteRopeRows(rowIndices(6, 1), 6, 1, 1)]).toEqual([0, 3, 1, 4, 2, 5]);
    // Two heads of 4, two columns: each head [a b | c d] → [a c b d]; columns move with their row.
    expect([...permuteRopeRows(rowIndices(8, 2), 8, 2, 2)]).toEqual([0, 0, 2, 2, 1, 1, 3, 3, 4, 4, 6, 6, 5, 5, 7, 7]);
  });

  it('agrees with a literal reshape/swapaxes implementation on random data', () => {
    const rows = 64;
    const cols = 8;
    const values = new SeededRandom(deriveSeed(1, 'perm')).fillUniform(new Float32Array(rows * cols), 1);
    for (const heads of [1, 2, 8, 16, 32]) {
      expect(permuteRopeRows(values, rows, cols, heads)).toEqual(hfPermute(values, rows, cols, heads));
    }
  });

  it('is a permutation (nothing lost or duplicated) and not the identity', () => {
    const values = rowIndices(32, 1);
    const permuted = permuteRopeRows(values, 32, 1, 4);
    expect([...permuted].sort((a, b) => a - b)).toEqual([...values]);
    expect(permuted).not.toEqual(values);
  });

  it('refuses rows that do not split into heads of pairs', () => {
    expect(() => permuteRopeRows(new Float32Array(12), 12, 1, 4)).toThrow(/cannot be split into 4 heads/);
  });

  it('uses n_head for q and n_head_kv for k (as LlamaModel.modify_tensors does)', () => {
    expect(ropePermutationHeads('attn_q', 32, 4)).toBe(32);
    expect(ropePermutationHeads('attn_k', 32, 4)).toBe(4);
    expect(ropePermutationHeads('attn_k', 32, undefined)).toBe(32);
    expect(ropePermutationHeads('attn_k', 8, 8)).toBe(8);
  });
});

describe('namesLookAlike (base_model_name_or_path vs the base GGUF general.name)', () => {
  it('accepts the usual GGUF renamings of the same model and flags another model', () => {
    expect(namesLookAlike('TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'tinyllama_tinyllama-1.1b-chat-v1.0')).toBe(true);
    expect(namesLookAlike('TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'TinyLlama 1.1B Chat v1.0')).toBe(true);
    expect(namesLookAlike('/home/me/models/tinyllama', 'TinyLlama-1.1B-Chat')).toBe(true);
    expect(namesLookAlike('meta-llama/Llama-2-7b-hf', 'TinyLlama 1.1B Chat v1.0')).toBe(false);
  });
});
