// The tiny test-model fixture: cached by content key, llama.cpp-shaped, with EOS and byte tokens suppressed.

import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTensorBytes, readGgufHeader, type GgufHeader } from '../../../main/services/gguf';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { TINYLLAMA_CHAT_TEMPLATE } from '../../fixtures/tinyllama-chat-template';

let dir: string;
let fixture: TinyModelFixture;
let header: GgufHeader;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiny-fixture-'));
  fixture = await ensureTinyModel({ dir });
  header = await readGgufHeader(fixture.modelPath);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tensorValues(name: string): Promise<Float32Array> {
  const tensor = header.getTensor(name);
  if (tensor === undefined) throw new Error(`missing tensor ${name}`);
  const handle = await open(fixture.modelPath, 'r');
  try {
    const bytes = new Uint8Array(tensor.byteSize);
    await handle.read(bytes, 0, bytes.length, header.dataOffset + tensor.offset);
    return decodeTensorBytes('F32', bytes);
  } finally {
    await handle.close();
  }
}

describe('ensureTinyModel', () => {
  it('writes a TinyLlama-structured llama model with the Zephyr chat template', () => {
    expect(fixture.modelPath).toMatch(new RegExp(`tiny-llama-${fixture.meta.cacheKey}\\.gguf$`));
    expect(header.architecture).toBe('llama');
    expect(header.getArchNumber('attention.head_count')).toBe(8);
    expect(header.getArchNumber('attention.head_count_kv')).toBe(2);
    expect(header.getArchNumber('context_length')).toBe(2048);
    expect(header.getString('tokenizer.chat_template')).toBe(TINYLLAMA_CHAT_TEMPLATE);
    expect(header.getNumber('tokenizer.ggml.eos_token_id')).toBe(fixture.meta.eosId);
    expect(header.tensors).toHaveLength(2 + fixture.meta.hyperParams.blockCount * 9 + 1);
    expect(fixture.meta.vocabSize).toBeGreaterThan(1000);
  });

  it('reuses the cached files on later calls', async () => {
    const before = await stat(fixture.modelPath);
    const again = await ensureTinyModel({ dir });
    expect(again.modelPath).toBe(fixture.modelPath);
    expect((await stat(again.modelPath)).mtimeMs).toBe(before.mtimeMs);
  });

  it('honours MEA_FIXTURES_DIR when no dir is given', async () => {
    const envDir = join(dir, 'from-env');
    const previous = process.env.MEA_FIXTURES_DIR;
    process.env.MEA_FIXTURES_DIR = envDir;
    try {
      const fromEnv = await ensureTinyModel();
      expect(fromEnv.modelPath.startsWith(envDir)).toBe(true);
      expect(fromEnv.loraPath.startsWith(envDir)).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.MEA_FIXTURES_DIR;
      else process.env.MEA_FIXTURES_DIR = previous;
    }
  });

  it('scores EOS only through a strongly negative bias so it is practically never sampled', async () => {
    const embd = fixture.meta.hyperParams.embeddingLength;
    const output = await tensorValues('output.weight');
    const eosRow = output.subarray(fixture.meta.eosId * embd, (fixture.meta.eosId + 1) * embd);
    expect(eosRow[0]).toBeLessThan(-5);
    expect(eosRow.subarray(1).every((value) => value === 0)).toBe(true);
    // The bias channel stays constant: layers never write hidden dimension 0.
    const down = await tensorValues('blk.0.ffn_down.weight');
    expect(down.subarray(0, fixture.meta.hyperParams.feedForwardLength).every((value) => value === 0)).toBe(true);
  });

  it('pairs a LoRA adapter with the model', async () => {
    const lora = await readGgufHeader(fixture.loraPath);
    expect(lora.fileKind).toBe('adapter');
    expect(lora.tensors.map((t) => t.name)).toContain('blk.1.attn_v.weight.lora_b');
    expect(lora.getTensor('blk.1.attn_v.weight.lora_b')?.dims).toEqual([fixture.meta.lora.rank, 16]);
  });
});
