// Every way a PEFT folder or a base model can be wrong ends in one PeftConversionError sentence naming it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGgufFile } from '../../../main/services/gguf';
import { convertPeftLora, PeftConversionError, type PeftConversionErrorCode } from '../../../main/services/peft';
import type { FixtureTensor } from '../../fixtures/hf/safetensors-writer';
import { loraKey, ramp, writeRawPeftFolder, writeTinyBase } from './support';

let dir: string;
let basePath: string;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mea-peft-errors-'));
  basePath = join(dir, 'base.gguf');
  await writeTinyBase(basePath);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pair(layer: number, module: string, rank: number, inputs: number, outputs: number): FixtureTensor[] {
  return [
    { name: loraKey(layer, module, 'A'), shape: [rank, inputs], data: ramp(rank * inputs) },
    { name: loraKey(layer, module, 'B'), shape: [outputs, rank], data: ramp(outputs * rank) },
  ];
}

function folder(tensors: readonly FixtureTensor[], overrides: Record<string, unknown> = {}): string {
  return writeRawPeftFolder(join(dir, `peft-${counter++}`), tensors, overrides);
}

async function failure(peftDir: string, base = basePath, outPath = join(dir, `out-${counter++}.gguf`)) {
  try {
    await convertPeftLora({ peftDir, basePath: base, outPath });
  } catch (error) {
    expect(error).toBeInstanceOf(PeftConversionError);
    expect((error as Error).message.split('\n')).toHaveLength(1);
    return error as PeftConversionError;
  }
  throw new Error('expected the conversion to fail');
}

const goodQ = () => pair(0, 'q_proj', 8, 64, 64);

describe('convertPeftLora refuses bad folders', () => {
  const cases: [string, () => string, RegExp, PeftConversionErrorCode][] = [
    ['a missing folder', () => join(dir, 'nowhere'), /adapter folder .*nowhere was not found/, 'io'],
    [
      'a file instead of a folder',
      () => {
        writeFileSync(join(dir, 'a-file'), 'x');
        return join(dir, 'a-file');
      },
      /is not a folder; choose the folder holding adapter_config.json/,
      'io',
    ],
    [
      'a folder without adapter_config.json',
      () => {
        mkdirSync(join(dir, 'empty'), { recursive: true });
        return join(dir, 'empty');
      },
      /has no adapter_config.json; it is not a PEFT adapter folder/,
      'io',
    ],
    [
      'an adapter_config.json that is not JSON',
      () => {
        const peftDir = folder(goodQ());
        writeFileSync(join(peftDir, 'adapter_config.json'), '{ "r": 8, ');
        return peftDir;
      },
      /adapter_config.json is not valid JSON/,
      'invalid-config',
    ],
    [
      'a pickle-only folder (adapter_model.bin)',
      () => {
        const peftDir = folder(goodQ());
        rmSync(join(peftDir, 'adapter_model.safetensors'));
        writeFileSync(join(peftDir, 'adapter_model.bin'), 'pickle');
        return peftDir;
      },
      /holds adapter_model.bin .* save the adapter with safe_serialization=True/,
      'unsupported',
    ],
    [
      'a folder without weights',
      () => {
        const peftDir = folder(goodQ());
        rmSync(join(peftDir, 'adapter_model.safetensors'));
        return peftDir;
      },
      /has no adapter_model.safetensors/,
      'io',
    ],
    ['DoRA', () => folder(goodQ(), { use_dora: true }), /uses DoRA/, 'unsupported'],
    [
      'a truncated safetensors file',
      () => {
        const peftDir = folder(goodQ());
        const path = join(peftDir, 'adapter_model.safetensors');
        writeFileSync(path, new Uint8Array(40));
        return peftDir;
      },
      /adapter_model.safetensors/,
      'invalid-weights',
    ],
    [
      'a lora_A without its lora_B',
      () => folder([pair(0, 'q_proj', 8, 64, 64)[0] as FixtureTensor]),
      /module model.layers.0.self_attn.q_proj has lora_A but no lora_B/,
      'invalid-weights',
    ],
    [
      'lora_A and lora_B of different ranks',
      () =>
        folder([
          { name: loraKey(0, 'q_proj', 'A'), shape: [8, 64], data: ramp(512) },
          { name: loraKey(0, 'q_proj', 'B'), shape: [64, 4], data: ramp(256) },
        ]),
      /lora_A is \[8, 64\] but lora_B is \[64, 4\]; their ranks differ/,
      'invalid-weights',
    ],
    [
      'weights whose rank differs from the config',
      () => folder(pair(0, 'q_proj', 8, 64, 64), { r: 4 }),
      /has rank 8, but adapter_config.json gives it rank 4/,
      'invalid-weights',
    ],
    [
      'a 1-D LoRA tensor',
      () =>
        folder([
          { name: loraKey(0, 'q_proj', 'A'), shape: [512], data: ramp(512) },
          { name: loraKey(0, 'q_proj', 'B'), shape: [64, 8], data: ramp(512) },
        ]),
      /has shape \[512\]; a LoRA matrix must be 2-D/,
      'invalid-weights',
    ],
    [
      'a modules_to_save tensor in the weights',
      () => folder([...goodQ(), { name: 'base_model.model.lm_head.weight', shape: [4, 4], data: ramp(16) }]),
      /"base_model.model.lm_head.weight" is not a LoRA A\/B weight/,
      'unsupported',
    ],
    [
      'two adapters in one file',
      () =>
        folder(
          [
            ...goodQ(),
            ...pair(0, 'v_proj', 8, 64, 16).map((t) => ({ ...t, name: t.name.replace('.weight', '.other.weight') })),
          ],
          { target_modules: ['q_proj', 'v_proj'] },
        ),
      /holds several adapters \(\(unnamed\), other\)/,
      'unsupported',
    ],
    [
      'no tensor selected by the config',
      () => folder(goodQ(), { target_modules: ['v_proj'] }),
      /none of its LoRA tensors belong to a module selected by adapter_config.json/,
      'invalid-weights',
    ],
  ];

  for (const [what, make, message, code] of cases) {
    it(`refuses ${what}`, async () => {
      const error = await failure(make());
      expect(error.message).toMatch(message);
      expect(error.code).toBe(code);
    });
  }
});

describe('convertPeftLora checks the adapter against the base', () => {
  it('names the tensor and the widths that differ', async () => {
    // An adapter for a 128-wide model against the 64-wide base: every q and v tensor is off.
    const peftDir = folder(
      [0, 1].flatMap((layer) => [...pair(layer, 'q_proj', 8, 128, 128), ...pair(layer, 'v_proj', 8, 128, 32)]),
    );
    const error = await failure(peftDir);
    expect(error.code).toBe('base-mismatch');
    expect(error.message).toMatch(
      /^The adapter does not fit the base model .*base\.gguf: blk\.0\.attn_q\.weight is 64 inputs → 64 outputs in the base but the adapter's lora_A has 128 inputs and lora_B 128 outputs; blk\.0\.attn_v\.weight is 64 inputs → 16 outputs in the base but the adapter's lora_A has 128 inputs and lora_B 32 outputs; .* \(and 1 more\)\.$/,
    );
  });

  it('names a layer the base does not have', async () => {
    const error = await failure(folder(pair(5, 'q_proj', 8, 64, 64)));
    expect(error.message).toMatch(/the adapter adapts layer 5 but the base has only 2 layers/);
  });

  it('refuses a base of another architecture', async () => {
    const gemma = join(dir, 'gemma.gguf');
    await writeGgufFile(gemma, {
      metadata: { 'general.architecture': { type: 'string', value: 'gemma' } },
      tensors: [{ name: 'blk.0.attn_q.weight', dims: [64, 64], type: 'F32', data: new Float32Array(4096) }],
    });
    const error = await failure(folder(goodQ()), gemma);
    expect(error.message).toMatch(/has architecture "gemma"; only llama models are supported/);
  });

  it('refuses a LoRA adapter given as the base', async () => {
    const adapterPath = join(dir, 'adapter-as-base.gguf');
    await convertPeftLora({ peftDir: folder(goodQ()), basePath, outPath: adapterPath });
    const error = await failure(folder(goodQ()), adapterPath);
    expect(error.message).toMatch(/is a LoRA adapter, not a model/);
  });

  it('refuses a missing or non-GGUF base', async () => {
    expect((await failure(folder(goodQ()), join(dir, 'missing.gguf'))).message).toMatch(
      /^Base model .*missing\.gguf: file not found\.$/,
    );
    const notGguf = join(dir, 'not.gguf');
    writeFileSync(notGguf, 'this is not a model at all');
    expect((await failure(folder(goodQ()), notGguf)).message).toMatch(/^Base model .*not\.gguf: .*magic/);
  });

  it('refuses to write over the base model', async () => {
    const error = await failure(folder(goodQ()), basePath, basePath);
    expect(error.message).toBe('The output file must not be the base model file.');
  });
});
