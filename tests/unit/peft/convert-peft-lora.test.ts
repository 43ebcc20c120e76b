// convertPeftLora on real files: GGUF names, shapes and values; alpha folding; progress; atomic output.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPeftLora } from '../../../main/services/peft';
import { permuteRopeRows } from '../../../main/services/peft/rope-permutation';
import { loraKey, ramp, readGgufF32, writeRawPeftFolder, writeTinyBase } from './support';

let dir: string;
let basePath: string;
let case_ = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mea-peft-convert-'));
  basePath = join(dir, 'base.gguf');
  await writeTinyBase(basePath);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HIDDEN = 64;
const KV_WIDTH = 16;
const HEADS = 8;

/** q and v LoRA (rank r) on both layers with distinct ramp values; returns the folder. */
function qvFolder(rank: number, overrides: Record<string, unknown> = {}): string {
  const tensors = [0, 1].flatMap((layer) => [
    { name: loraKey(layer, 'q_proj', 'A'), shape: [rank, HIDDEN], data: ramp(rank * HIDDEN) },
    { name: loraKey(layer, 'q_proj', 'B'), shape: [HIDDEN, rank], data: ramp(HIDDEN * rank, 0.002) },
    { name: loraKey(layer, 'v_proj', 'A'), shape: [rank, HIDDEN], data: ramp(rank * HIDDEN, 0.003) },
    { name: loraKey(layer, 'v_proj', 'B'), shape: [KV_WIDTH, rank], data: ramp(KV_WIDTH * rank, 0.004) },
  ]);
  return writeRawPeftFolder(join(dir, `peft-${case_++}`), tensors, { r: rank, lora_alpha: 2 * rank, ...overrides });
}

describe('convertPeftLora', () => {
  it('writes llama.cpp tensor names, GGUF shapes and adapter metadata', async () => {
    const outPath = join(dir, 'qv.lora.gguf');
    const progress: number[] = [];
    const result = await convertPeftLora({
      peftDir: qvFolder(4),
      basePath,
      outPath,
      onProgress: (f) => progress.push(f),
    });
    expect(result).toMatchObject({ outPath, tensors: 8, rank: 4, alpha: 8, targets: ['q_proj', 'v_proj'] });

    const { header } = await readGgufF32(outPath, 'blk.0.attn_q.weight.lora_a');
    expect(header.fileKind).toBe('adapter');
    expect(header.architecture).toBe('llama');
    expect(header.getString('adapter.type')).toBe('lora');
    expect(header.getNumber('adapter.lora.alpha')).toBe(8);
    expect(header.tensors.map((t) => `${t.name} [${t.dims.join(',')}]`)).toEqual([
      'blk.0.attn_q.weight.lora_a [64,4]',
      'blk.0.attn_q.weight.lora_b [4,64]',
      'blk.0.attn_v.weight.lora_a [64,4]',
      'blk.0.attn_v.weight.lora_b [4,16]',
      'blk.1.attn_q.weight.lora_a [64,4]',
      'blk.1.attn_q.weight.lora_b [4,64]',
      'blk.1.attn_v.weight.lora_a [64,4]',
      'blk.1.attn_v.weight.lora_b [4,16]',
    ]);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(8);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps lora_A and v as they are and permutes q lora_B rows with n_head', async () => {
    const outPath = join(dir, 'values.lora.gguf');
    await convertPeftLora({ peftDir: qvFolder(4), basePath, outPath });
    expect((await readGgufF32(outPath, 'blk.1.attn_q.weight.lora_a')).values).toEqual(ramp(4 * HIDDEN));
    expect((await readGgufF32(outPath, 'blk.1.attn_v.weight.lora_b')).values).toEqual(ramp(KV_WIDTH * 4, 0.004));
    const qB = (await readGgufF32(outPath, 'blk.1.attn_q.weight.lora_b')).values;
    expect(qB).toEqual(permuteRopeRows(ramp(HIDDEN * 4, 0.002), HIDDEN, 4, HEADS));
    // Row 1 of the GGUF lora_b (ne0 = rank) is HF row 4 = the second half's first row of head 0.
    expect([...qB.subarray(4, 8)]).toEqual([...ramp(HIDDEN * 4, 0.002).subarray(16, 20)]);
  });

  it('permutes k lora_B rows with n_head_kv', async () => {
    const tensors = [
      { name: loraKey(0, 'k_proj', 'A'), shape: [2, HIDDEN], data: ramp(2 * HIDDEN) },
      { name: loraKey(0, 'k_proj', 'B'), shape: [KV_WIDTH, 2], data: ramp(KV_WIDTH * 2) },
    ];
    const peftDir = writeRawPeftFolder(join(dir, 'peft-k'), tensors, {
      r: 2,
      lora_alpha: 4,
      target_modules: ['k_proj'],
    });
    const outPath = join(dir, 'k.lora.gguf');
    await convertPeftLora({ peftDir, basePath, outPath });
    const kB = (await readGgufF32(outPath, 'blk.0.attn_k.weight.lora_b')).values;
    expect(kB).toEqual(permuteRopeRows(ramp(KV_WIDTH * 2), KV_WIDTH, 2, 2));
    expect(kB).not.toEqual(permuteRopeRows(ramp(KV_WIDTH * 2), KV_WIDTH, 2, HEADS));
  });

  it('folds per-module alpha_pattern ratios into lora_B, keeping one global alpha', async () => {
    const outPath = join(dir, 'pattern.lora.gguf');
    const result = await convertPeftLora({
      peftDir: qvFolder(4, { alpha_pattern: { v_proj: 2 } }),
      basePath,
      outPath,
    });
    expect(result.alpha).toBe(8);
    // v: PEFT scaling 2/4 = 0.5, llama.cpp applies 8/4 = 2, so B is multiplied by 0.25.
    const vB = (await readGgufF32(outPath, 'blk.0.attn_v.weight.lora_b')).values;
    expect(vB).toEqual(ramp(KV_WIDTH * 4, 0.004).map((value) => value * 0.25));
  });

  it('expresses rsLoRA scaling through the global alpha (alpha · sqrt(r))', async () => {
    const result = await convertPeftLora({
      peftDir: qvFolder(4, { use_rslora: true }),
      basePath,
      outPath: join(dir, 'rslora.lora.gguf'),
    });
    // PEFT scales by 8 / sqrt(4) = 4; llama.cpp by alpha / 4, so alpha = 16.
    expect(result.alpha).toBe(16);
  });

  it('replaces an existing output only when the conversion succeeds', async () => {
    const outPath = join(dir, 'existing.lora.gguf');
    writeFileSync(outPath, 'previous adapter');
    const broken = qvFolder(4);
    writeFileSync(join(broken, 'adapter_config.json'), '{"peft_type": "LORA", "r": 0}');
    await expect(convertPeftLora({ peftDir: broken, basePath, outPath })).rejects.toThrow(/field "r" is invalid/);
    expect(readFileSync(outPath, 'utf8')).toBe('previous adapter');
    await convertPeftLora({ peftDir: qvFolder(4), basePath, outPath });
    expect(readFileSync(outPath).subarray(0, 4).toString()).toBe('GGUF');
  });

  it('warns about modules the config does not select, and about a base with another name', async () => {
    const result = await convertPeftLora({
      peftDir: qvFolder(4, { target_modules: ['q_proj'], base_model_name_or_path: 'meta-llama/Llama-2-7b-hf' }),
      basePath,
      outPath: join(dir, 'warn.lora.gguf'),
    });
    expect(result.targets).toEqual(['q_proj']);
    expect(result.tensors).toBe(4);
    expect(result.warnings).toEqual([
      expect.stringMatching(/2 module\(s\) in the weights are not selected by adapter_config.json and were ignored/),
      expect.stringMatching(/trained on "meta-llama\/Llama-2-7b-hf" but the base model is named "Tiny HF llama/),
    ]);
  });

  it('leaves no output and no temp file when the weights hold NaN', async () => {
    const bad = ramp(4 * HIDDEN);
    bad[17] = Number.NaN;
    const peftDir = writeRawPeftFolder(
      join(dir, 'peft-nan'),
      [
        { name: loraKey(0, 'q_proj', 'A'), shape: [4, HIDDEN], data: bad },
        { name: loraKey(0, 'q_proj', 'B'), shape: [HIDDEN, 4], data: ramp(HIDDEN * 4) },
      ],
      { r: 4 },
    );
    const outPath = join(dir, 'nan-out', 'nan.lora.gguf');
    await expect(convertPeftLora({ peftDir, basePath, outPath })).rejects.toThrow(
      /tensor "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight" contains NaN or infinite values/,
    );
    expect(existsSync(outPath)).toBe(false);
    expect(readdirSync(join(dir, 'nan-out'))).toEqual([]);
  });
});
