// Llama model/LoRA builders: llama.cpp tensor names and shapes, metadata, vocabulary layout, determinism.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLlamaSpmVocab,
  llamaLoraTargets,
  llamaTensorSlots,
  LlamaTokenType,
  loraTensorSlots,
  randomLlamaWeights,
  readGgufHeader,
  SPM_SPACE,
  TINYLLAMA_1_1B_HYPER_PARAMS,
  writeLlamaModel,
  writeLoraAdapter,
  type LlamaHyperParams,
  type LlamaModelSpec,
} from '../../../main/services/gguf';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gguf-llama-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SMALL: LlamaHyperParams = {
  contextLength: 256,
  embeddingLength: 64,
  blockCount: 1,
  feedForwardLength: 96,
  headCount: 4,
  headCountKv: 2,
  rmsNormEpsilon: 1e-6,
  ropeFreqBase: 10000,
};

function smallSpec(seed: number): LlamaModelSpec {
  return {
    name: 'small',
    hyperParams: SMALL,
    vocab: buildLlamaSpmVocab({ padToSize: 416 }),
    chatTemplate: '{{ messages }}',
    weightType: 'Q8_0',
    weights: randomLlamaWeights(seed),
  };
}

describe('llamaTensorSlots', () => {
  it('lays out TinyLlama-1.1B exactly: names, GGUF dims and its 1,100,048,384 parameters', () => {
    const slots = llamaTensorSlots(TINYLLAMA_1_1B_HYPER_PARAMS, 32000);
    expect(slots).toHaveLength(2 + 22 * 9 + 1);
    const byName = new Map(slots.map((slot) => [slot.name, slot.dims]));
    expect(byName.get('token_embd.weight')).toEqual([2048, 32000]);
    expect(byName.get('blk.0.attn_norm.weight')).toEqual([2048]);
    expect(byName.get('blk.0.attn_q.weight')).toEqual([2048, 2048]);
    expect(byName.get('blk.0.attn_k.weight')).toEqual([2048, 256]);
    expect(byName.get('blk.21.attn_v.weight')).toEqual([2048, 256]);
    expect(byName.get('blk.21.attn_output.weight')).toEqual([2048, 2048]);
    expect(byName.get('blk.3.ffn_gate.weight')).toEqual([2048, 5632]);
    expect(byName.get('blk.3.ffn_up.weight')).toEqual([2048, 5632]);
    expect(byName.get('blk.3.ffn_down.weight')).toEqual([5632, 2048]);
    expect(byName.get('output_norm.weight')).toEqual([2048]);
    expect(byName.get('output.weight')).toEqual([2048, 32000]);
    const parameters = slots.reduce((sum, slot) => sum + slot.dims.reduce((a, b) => a * b, 1), 0);
    expect(parameters).toBe(1_100_048_384);
  });

  it('rejects shapes llama.cpp could not run', () => {
    expect(() => llamaTensorSlots({ ...SMALL, embeddingLength: 66 }, 10)).toThrow(/divisible by headCount 4/);
    expect(() => llamaTensorSlots({ ...SMALL, headCountKv: 3 }, 10)).toThrow(/divisible by headCountKv 3/);
    expect(() => llamaTensorSlots({ ...SMALL, blockCount: 0 }, 10)).toThrow(/blockCount must be a positive number/);
  });
});

describe('buildLlamaSpmVocab', () => {
  it('puts specials, the 256 byte tokens and word-piece chains where llama.cpp expects them', () => {
    const vocab = buildLlamaSpmVocab({ words: ['heart'] });
    expect(vocab.tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>']);
    expect(vocab.tokens[3 + 0x0a]).toBe('<0x0A>');
    expect(vocab.tokens[258]).toBe('<0xFF>');
    expect(vocab.tokenTypes.slice(0, 3)).toEqual([
      LlamaTokenType.unknown,
      LlamaTokenType.control,
      LlamaTokenType.control,
    ]);
    expect(vocab.tokenTypes.slice(3, 259).every((type) => type === LlamaTokenType.byte)).toBe(true);
    for (const piece of [
      SPM_SPACE,
      'a',
      '~',
      `${SPM_SPACE}h`,
      `${SPM_SPACE}he`,
      `${SPM_SPACE}hea`,
      `${SPM_SPACE}heart`,
    ]) {
      expect(vocab.tokens).toContain(piece);
    }
    expect(vocab.tokens).not.toContain(' ');
    expect([vocab.unknownId, vocab.bosId, vocab.eosId, vocab.addBosToken]).toEqual([0, 1, 2, true]);
    expect(vocab.scores).toHaveLength(vocab.tokens.length);
  });

  it('pads to an exact size with unique pieces', () => {
    const vocab = buildLlamaSpmVocab({ padToSize: 32000 });
    expect(vocab.tokens).toHaveLength(32000);
    expect(new Set(vocab.tokens).size).toBe(32000);
  });
});

describe('writeLlamaModel', () => {
  it('writes llama metadata and Q8_0 matrices with F32 norms', async () => {
    const path = join(dir, 'small.gguf');
    await writeLlamaModel(path, smallSpec(1));
    const header = await readGgufHeader(path);
    expect(header.architecture).toBe('llama');
    expect(header.getArchNumber('embedding_length')).toBe(64);
    expect(header.getArchNumber('attention.head_count_kv')).toBe(2);
    expect(header.getArchNumber('rope.dimension_count')).toBe(16);
    expect(header.getNumber('llama.attention.layer_norm_rms_epsilon')).toBeCloseTo(1e-6, 12);
    expect(header.getNumber('general.file_type')).toBe(7);
    expect(header.getNumber('general.quantization_version')).toBe(2);
    expect(header.getString('tokenizer.ggml.model')).toBe('llama');
    expect(header.getString('tokenizer.chat_template')).toBe('{{ messages }}');
    expect(header.metadata.get('tokenizer.ggml.tokens')).toMatchObject({ type: 'array', itemType: 'string' });
    const types = Object.fromEntries(header.tensors.map((t) => [t.name, t.typeName]));
    expect(types['blk.0.attn_norm.weight']).toBe('F32');
    expect(types['blk.0.ffn_down.weight']).toBe('Q8_0');
    expect(types['output.weight']).toBe('Q8_0');
    expect(header.getTensor('token_embd.weight')?.dims).toEqual([64, 416]);
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(dir, `seed-${name}.gguf`));
    await writeLlamaModel(a!, smallSpec(7));
    await writeLlamaModel(b!, smallSpec(7));
    await writeLlamaModel(c!, smallSpec(8));
    const [bytesA, bytesB, bytesC] = await Promise.all([a!, b!, c!].map((path) => readFile(path)));
    expect(bytesA!.equals(bytesB!)).toBe(true);
    expect(bytesA!.equals(bytesC!)).toBe(false);
  });
});

describe('LoRA adapters', () => {
  it('shapes lora_a as [n_in, r] and lora_b as [r, n_out], matching llama.cpp checks against the base tensor', () => {
    const targets = llamaLoraTargets(TINYLLAMA_1_1B_HYPER_PARAMS, ['attn_q', 'attn_v']);
    expect(targets).toHaveLength(44);
    const base = new Map(llamaTensorSlots(TINYLLAMA_1_1B_HYPER_PARAMS, 32000).map((slot) => [slot.name, slot.dims]));
    const slots = loraTensorSlots(targets, 8);
    for (let i = 0; i < slots.length; i += 2) {
      const [a, b] = [slots[i]!, slots[i + 1]!];
      const model = base.get(a.target.baseTensor)!;
      expect(a.name).toBe(`${a.target.baseTensor}.lora_a`);
      expect(b.name).toBe(`${a.target.baseTensor}.lora_b`);
      expect(a.dims[0]).toBe(model[0]);
      expect(b.dims[1]).toBe(model[1]);
      expect(a.dims[1]).toBe(b.dims[0]);
    }
    expect(slots.find((slot) => slot.name === 'blk.0.attn_v.weight.lora_b')?.dims).toEqual([8, 256]);
    expect(llamaLoraTargets(TINYLLAMA_1_1B_HYPER_PARAMS, ['attn_q'], [3]).map((t) => t.baseTensor)).toEqual([
      'blk.3.attn_q.weight',
    ]);
  });

  it('writes llama.cpp adapter metadata', async () => {
    const path = join(dir, 'adapter.gguf');
    await writeLoraAdapter(path, {
      name: 'test adapter',
      architecture: 'llama',
      rank: 2,
      alpha: 4,
      targets: llamaLoraTargets(SMALL, ['attn_q']),
      values: (slot) => new Float32Array(slot.dims.reduce((a, b) => a * b, 1)).fill(0.25),
    });
    const header = await readGgufHeader(path);
    expect(header.fileKind).toBe('adapter');
    expect(header.getString('adapter.type')).toBe('lora');
    expect(header.getNumber('adapter.lora.alpha')).toBe(4);
    expect(header.architecture).toBe('llama');
    expect(header.tensors.map((t) => [t.name, t.dims])).toEqual([
      ['blk.0.attn_q.weight.lora_a', [64, 2]],
      ['blk.0.attn_q.weight.lora_b', [2, 64]],
    ]);
  });
});
