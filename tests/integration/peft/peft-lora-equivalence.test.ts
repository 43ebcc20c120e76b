// Proof of the PEFT → GGUF LoRA converter: base GGUF + converted adapter gives the same next-token
// probabilities in llama.cpp as the merged model W + scale·B·A converted the same way (≤ 1e-4), and a
// deliberately wrong conversion (q's lora_B not permuted) fails that check by a wide margin.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, type Llama, type LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPeftLora, readAdapterProvenance } from '../../../main/services/peft';
import { convertPeftLoraWith } from '../../../main/services/peft/convert-peft-lora';
import {
  randomHfLlamaWeights,
  readHfLlamaFolder,
  tinyHfLlamaConfig,
  writeHfLlamaFolder,
  type HfLlamaConfig,
  type HfWeights,
} from '../../fixtures/hf/hf-llama';
import { referenceProbabilities } from '../../fixtures/hf/hf-llama-reference';
import { hfFixtureVocab, writeHfLlamaAsGguf } from '../../fixtures/hf/hf-to-gguf';
import { mergeLora, randomPeftModules, writePeftFolder, type PeftFixtureSpec } from '../../fixtures/hf/peft-adapter';
import { fixturePrompts, llamaProbabilities, loadModel, maxAbsDifference, POSITIONS } from './support';

const TOLERANCE = 1e-4;
/** A wrong conversion must be off by at least this much (observed: 0.5 to 0.97; correct ones ~1e-6). */
const WRONG_BY_AT_LEAST = 0.1;

let dir: string;
let llama: Llama;
let config: HfLlamaConfig;
let weights: HfWeights;
let basePath: string;
let base: LlamaModel;
let prompts: number[][];
const loaded: LlamaModel[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-peft-proof-'));
  const vocabSize = hfFixtureVocab().tokens.length;
  // Round-trip the HF model through its safetensors folder, as a real checkpoint would arrive.
  await writeHfLlamaFolder(
    join(dir, 'hf-base'),
    tinyHfLlamaConfig(vocabSize),
    randomHfLlamaWeights(tinyHfLlamaConfig(vocabSize), 31),
  );
  ({ config, weights } = await readHfLlamaFolder(join(dir, 'hf-base')));
  basePath = join(dir, 'base.gguf');
  await writeHfLlamaAsGguf(basePath, config, weights, { name: 'Tiny HF llama (test fixture)' });
  prompts = fixturePrompts(config.vocab_size);
  llama = await getLlama({ gpu: false, build: 'never' });
  base = await loadModel(llama, basePath);
});

afterAll(async () => {
  for (const model of loaded) await model.dispose();
  await base?.dispose();
  await llama?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function llamaTable(model: LlamaModel, loraPath?: string): Promise<Float64Array[][]> {
  const table: Float64Array[][] = [];
  for (const prompt of prompts) table.push(await llamaProbabilities(model, config.vocab_size, prompt, loraPath));
  return table;
}

function referenceTable(modelWeights: HfWeights): Float64Array[][] {
  return prompts.map((prompt) => referenceProbabilities(config, modelWeights, prompt, POSITIONS));
}

/** Writes the PEFT folder and the merged model's GGUF for `spec`; returns their paths. */
async function prepareCase(
  name: string,
  spec: PeftFixtureSpec,
): Promise<{ peftDir: string; mergedPath: string; merged: HfWeights }> {
  const modules = randomPeftModules(config, spec);
  const peftDir = join(dir, `${name}-peft`);
  await writePeftFolder(peftDir, spec, modules);
  const merged = mergeLora(weights, modules);
  const mergedPath = join(dir, `${name}-merged.gguf`);
  await writeHfLlamaAsGguf(mergedPath, config, merged, { name: `merged ${name}` });
  return { peftDir, mergedPath, merged };
}

const constant = (value: number) => () => value;

const CASES: { name: string; spec: PeftFixtureSpec }[] = [
  {
    name: 'q+v (the seed adapter shape: r 8, alpha 16)',
    spec: { targets: ['v_proj', 'q_proj'], rankOf: constant(8), alphaOf: constant(16), config: {}, seed: 1 },
  },
  {
    name: 'q+k+v (k uses n_head_kv for its permutation)',
    spec: {
      targets: ['q_proj', 'k_proj', 'v_proj'],
      rankOf: constant(4),
      alphaOf: constant(8),
      config: { r: 4, lora_alpha: 8 },
      seed: 2,
    },
  },
  {
    name: 'all projections, rsLoRA, rank_pattern/alpha_pattern, BF16 weights',
    spec: {
      targets: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
      useRslora: true,
      rankOf: (key) => (key.endsWith('.q_proj') ? 2 : key === 'model.layers.1.mlp.down_proj' ? 6 : 4),
      alphaOf: (key) => (key.endsWith('.v_proj') ? 3 : key === 'model.layers.0.self_attn.o_proj' ? 12 : 8),
      config: {
        r: 4,
        lora_alpha: 8,
        rank_pattern: { q_proj: 2, 'model.layers.1.mlp.down_proj': 6 },
        alpha_pattern: { v_proj: 3, 'layers.0.self_attn.o_proj': 12 },
      },
      dtype: 'BF16',
      seed: 3,
    },
  },
  {
    name: 'q+k in layer 1 only (layers_to_transform), F16 weights, ".default" keys',
    spec: {
      targets: ['q_proj', 'k_proj'],
      layers: [1],
      rankOf: constant(8),
      alphaOf: constant(16),
      config: { layers_to_transform: [1] },
      dtype: 'F16',
      adapterName: 'default',
      seed: 4,
    },
  },
];

describe('the HF fixture converts to GGUF exactly as transformers computes it', () => {
  it('llama.cpp on the converted base matches a float64 HF forward pass within 1e-4', async () => {
    const difference = maxAbsDifference(await llamaTable(base), referenceTable(weights));
    expect(difference).toBeLessThanOrEqual(TOLERANCE);
  });

  it('the same check fails when the base q/k rows are not permuted', async () => {
    const unpermutedPath = join(dir, 'base-unpermuted.gguf');
    await writeHfLlamaAsGguf(unpermutedPath, config, weights, { name: 'unpermuted', skipPermutation: true });
    const model = await loadModel(llama, unpermutedPath);
    loaded.push(model);
    expect(maxAbsDifference(await llamaTable(model), referenceTable(weights))).toBeGreaterThan(WRONG_BY_AT_LEAST);
  });
});

describe('base + converted PEFT LoRA = merged model', () => {
  for (const { name, spec } of CASES) {
    it(name, async () => {
      const { peftDir, mergedPath, merged } = await prepareCase(name.split(' ')[0] ?? 'case', spec);
      const outPath = join(dir, `${spec.seed}.lora.gguf`);
      const result = await convertPeftLora({ peftDir, basePath, outPath });
      expect(result.targets.sort()).toEqual([...spec.targets].sort());
      const mergedModel = await loadModel(llama, mergedPath);
      loaded.push(mergedModel);

      const mergedTable = await llamaTable(mergedModel);
      const adapted = await llamaTable(base, outPath);
      expect(maxAbsDifference(adapted, mergedTable)).toBeLessThanOrEqual(TOLERANCE);
      // Not vacuous: the adapter moves probabilities a lot, and the merged model matches HF's own math.
      expect(maxAbsDifference(await llamaTable(base), mergedTable)).toBeGreaterThan(0.05);
      expect(maxAbsDifference(mergedTable, referenceTable(merged))).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('a deliberately wrong conversion (q lora_B not permuted) fails the same check', async () => {
    const spec = CASES[1]?.spec;
    if (spec === undefined) throw new Error('missing case');
    const { peftDir, mergedPath } = await prepareCase('wrong', spec);
    const outPath = join(dir, 'wrong.lora.gguf');
    await convertPeftLoraWith({ peftDir, basePath, outPath }, { skipQPermutation: true });
    const mergedModel = await loadModel(llama, mergedPath);
    loaded.push(mergedModel);
    const difference = maxAbsDifference(await llamaTable(base, outPath), await llamaTable(mergedModel));
    expect(difference).toBeGreaterThan(WRONG_BY_AT_LEAST);
  });

  it('records where the adapter came from', async () => {
    const spec = CASES[0]?.spec;
    if (spec === undefined) throw new Error('missing case');
    const { peftDir } = await prepareCase('provenance', spec);
    const outPath = join(dir, 'provenance.lora.gguf');
    await convertPeftLora({ peftDir, basePath, outPath, source: 'https://example.org/medical-lora' });
    const provenance = await readAdapterProvenance(outPath);
    expect(provenance).toMatchObject({
      'general.type': 'adapter',
      'general.architecture': 'llama',
      'adapter.type': 'lora',
      'adapter.lora.alpha': '16',
      'general.source.url': 'https://example.org/medical-lora',
      'adapter.source.origin': 'https://example.org/medical-lora',
      'adapter.source.base_model': 'TinyLlama/TinyLlama-1.1B-Chat-v1.0',
      'adapter.source.peft_version': '0.18.1',
      'adapter.source.rank': '8',
      'adapter.source.target_modules': 'q_proj,v_proj',
    });
    expect(provenance['adapter.source.safetensors_sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance['adapter.source.base_gguf']).toBe('Tiny HF llama (test fixture) (base.gguf)');
    expect(Date.parse(provenance['adapter.source.converted_at'] ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });
});
