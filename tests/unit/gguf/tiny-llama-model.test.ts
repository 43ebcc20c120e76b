// The shared tiny-llama recipe: its options, the bias-channel trick, and that a written model reads back.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LlamaTokenType,
  llamaTensorSlots,
  loraTensorSlots,
  readGgufHeader,
  SPM_SPACE,
  TINY_LLAMA_BIAS_CHANNEL,
  TINY_LLAMA_HYPER_PARAMS,
  TINY_LLAMA_LORA,
  tinyLlamaModel,
  writeLlamaModel,
  writeLoraAdapter,
  type LlamaTensorSlot,
  type TinyLlamaModel,
  type TinyLlamaRecipe,
} from '../../../main/services/gguf';

const RECIPE: TinyLlamaRecipe = { name: 'unit tiny', seed: 7, words: ['heart', 'lung', 'kidney'] };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiny-llama-model-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function slotOf(built: TinyLlamaModel, name: string): LlamaTensorSlot {
  const slot = llamaTensorSlots(built.hyperParams, built.vocab.tokens.length).find((s) => s.name === name);
  if (slot === undefined) throw new Error(`no slot ${name}`);
  return slot;
}

function tensor(built: TinyLlamaModel, name: string): Float32Array {
  const values = built.model.weights(slotOf(built, name));
  if (!(values instanceof Float32Array)) throw new Error('expected eager values');
  return values;
}

function outputRow(built: TinyLlamaModel, token: number): Float32Array {
  const embd = built.hyperParams.embeddingLength;
  return tensor(built, 'output.weight').subarray(token * embd, (token + 1) * embd);
}

function maxAbs(values: ArrayLike<number>): number {
  return Array.from(values).reduce((max, value) => Math.max(max, Math.abs(value)), 0);
}

function tokenId(built: TinyLlamaModel, piece: string): number {
  const id = built.vocab.tokens.indexOf(piece);
  if (id < 0) throw new Error(`no token ${piece}`);
  return id;
}

describe('tinyLlamaModel', () => {
  it('uses the shared shape, overriding only the context length, and names the LoRA after the model', () => {
    const plain = tinyLlamaModel(RECIPE);
    expect(plain.hyperParams).toEqual(TINY_LLAMA_HYPER_PARAMS);
    expect(plain.lora.name).toBe('unit tiny LoRA');
    expect(plain.model.chatTemplate).toBeUndefined();

    const short = tinyLlamaModel({ ...RECIPE, contextLength: 512, loraName: 'custom', chatTemplate: 'T' });
    expect(short.hyperParams).toEqual({ ...TINY_LLAMA_HYPER_PARAMS, contextLength: 512 });
    expect(short.lora.name).toBe('custom');
    expect(short.model.chatTemplate).toBe('T');
    expect(short.lora.targets.map((t) => t.baseTensor)).toEqual([
      'blk.0.attn_q.weight',
      'blk.0.attn_v.weight',
      'blk.1.attn_q.weight',
      'blk.1.attn_v.weight',
    ]);
  });

  it('keeps hidden dimension 0 a constant bias channel that no layer writes', () => {
    const built = tinyLlamaModel(RECIPE);
    const embd = built.hyperParams.embeddingLength;
    const embeddings = tensor(built, 'token_embd.weight');
    for (let token = 0; token < built.vocab.tokens.length; token++) {
      expect(embeddings[token * embd]).toBe(TINY_LLAMA_BIAS_CHANNEL.channelValue);
    }
    for (const name of ['blk.0.attn_output.weight', 'blk.1.ffn_down.weight']) {
      const inputs = slotOf(built, name).dims[0] ?? 0;
      expect(
        tensor(built, name)
          .subarray(0, inputs)
          .every((value) => value === 0),
      ).toBe(true);
    }
  });

  it('suppresses every control and byte token through the bias column only', () => {
    const built = tinyLlamaModel(RECIPE);
    const { suppressedLogit, normalizedChannel } = TINY_LLAMA_BIAS_CHANNEL;
    const suppressed = built.vocab.tokenTypes.flatMap((type, token) => (type === LlamaTokenType.normal ? [] : [token]));
    expect(suppressed).toContain(built.vocab.eosId);
    for (const token of suppressed) {
      const row = outputRow(built, token);
      expect(row[0]).toBeCloseTo(suppressedLogit / normalizedChannel);
      expect(row.subarray(1).every((value) => value === 0)).toBe(true);
    }
  });

  it('biases whole words over other pieces only when asked', () => {
    const wordPieceLogits = { wholeWord: 2, otherPiece: -3 };
    const biased = tinyLlamaModel({ ...RECIPE, wordPieceLogits });
    const plain = tinyLlamaModel(RECIPE);
    const word = tokenId(biased, `${SPM_SPACE}heart`);
    const prefix = tokenId(biased, `${SPM_SPACE}hear`);
    const { normalizedChannel } = TINY_LLAMA_BIAS_CHANNEL;
    expect(outputRow(biased, word)[0]).toBeCloseTo(wordPieceLogits.wholeWord / normalizedChannel);
    expect(outputRow(biased, prefix)[0]).toBeCloseTo(wordPieceLogits.otherPiece / normalizedChannel);
    // Without the option a normal token's row keeps its random draw, so the rest of the row is unchanged too.
    expect(outputRow(plain, word)[0]).not.toBeCloseTo(wordPieceLogits.wholeWord / normalizedChannel);
    expect(outputRow(plain, word).subarray(1)).toEqual(outputRow(biased, word).subarray(1));
  });

  it('re-draws embeddings and the output matrix within the requested scales', () => {
    const plain = tinyLlamaModel(RECIPE);
    const scaled = tinyLlamaModel({ ...RECIPE, embeddingScale: 1, outputScale: 0.9 });
    const embd = plain.hyperParams.embeddingLength;
    const defaultScale = Math.sqrt(3 / embd);
    const withoutBiasColumn = (values: Float32Array): number[] =>
      Array.from(values).filter((_, index) => index % embd !== 0);
    const plainEmbd = withoutBiasColumn(tensor(plain, 'token_embd.weight'));
    const scaledEmbd = withoutBiasColumn(tensor(scaled, 'token_embd.weight'));
    expect(maxAbs(plainEmbd)).toBeLessThan(defaultScale);
    expect(maxAbs(scaledEmbd)).toBeGreaterThan(defaultScale);
    expect(maxAbs(scaledEmbd)).toBeLessThan(1);
    const scaledOutput = withoutBiasColumn(tensor(scaled, 'output.weight'));
    expect(maxAbs(scaledOutput)).toBeGreaterThan(defaultScale);
    expect(maxAbs(scaledOutput)).toBeLessThan(0.9);
  });

  it('is deterministic per seed, for the model and the LoRA', () => {
    const first = tinyLlamaModel(RECIPE);
    const again = tinyLlamaModel(RECIPE);
    const other = tinyLlamaModel({ ...RECIPE, seed: RECIPE.seed + 100 });
    expect(tensor(again, 'blk.0.attn_q.weight')).toEqual(tensor(first, 'blk.0.attn_q.weight'));
    expect(tensor(other, 'blk.0.attn_q.weight')).not.toEqual(tensor(first, 'blk.0.attn_q.weight'));
    const [slotA] = loraTensorSlots(first.lora.targets, first.lora.rank);
    if (slotA === undefined) throw new Error('no LoRA slot');
    const loraValues = first.lora.values(slotA) as Float32Array;
    expect(again.lora.values(slotA)).toEqual(loraValues);
    expect(other.lora.values(slotA)).not.toEqual(loraValues);
    expect(maxAbs(loraValues)).toBeLessThan(TINY_LLAMA_LORA.valueScale);
  });

  it('writes a model and adapter that read back with the recipe’s shape', async () => {
    const built = tinyLlamaModel({ ...RECIPE, contextLength: 256 });
    const modelPath = join(dir, 'model.gguf');
    const loraPath = join(dir, 'model.lora.gguf');
    await writeLlamaModel(modelPath, built.model);
    await writeLoraAdapter(loraPath, built.lora);
    const header = await readGgufHeader(modelPath);
    expect(header.getString('general.name')).toBe('unit tiny');
    expect(header.getArchNumber('context_length')).toBe(256);
    expect(header.getArchNumber('attention.head_count_kv')).toBe(TINY_LLAMA_HYPER_PARAMS.headCountKv);
    const lora = await readGgufHeader(loraPath);
    expect(lora.fileKind).toBe('adapter');
    expect(lora.getTensor('blk.1.attn_v.weight.lora_a')?.dims).toEqual([
      TINY_LLAMA_HYPER_PARAMS.embeddingLength,
      TINY_LLAMA_LORA.rank,
    ]);
  });
});
