// Small files for the converter's unit tests: a tiny llama base GGUF, PEFT folders, reading tensors back.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGgufHeader, type GgufHeader } from '../../../main/services/gguf';
import { randomHfLlamaWeights, tinyHfLlamaConfig, type HfLlamaConfig } from '../../fixtures/hf/hf-llama';
import { hfFixtureVocab, writeHfLlamaAsGguf } from '../../fixtures/hf/hf-to-gguf';
import { peftConfig } from '../../fixtures/hf/peft-config-template';
import { encodeSafetensors, type FixtureTensor } from '../../fixtures/hf/safetensors-writer';

export function tinyConfig(): HfLlamaConfig {
  return tinyHfLlamaConfig(hfFixtureVocab().tokens.length);
}

/** The tiny HF fixture (hidden 64, 8 heads, 2 kv heads, 2 layers) as an F32 GGUF base. */
export async function writeTinyBase(path: string): Promise<void> {
  const config = tinyConfig();
  await writeHfLlamaAsGguf(path, config, randomHfLlamaWeights(config, 5), { name: 'Tiny HF llama (test fixture)' });
}

/** A PEFT folder with the seed config plus `overrides` and exactly `tensors` in adapter_model.safetensors. */
export function writeRawPeftFolder(
  dir: string,
  tensors: readonly FixtureTensor[],
  overrides: Readonly<Record<string, unknown>> = {},
): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'adapter_config.json'), JSON.stringify(peftConfig(overrides)));
  writeFileSync(join(dir, 'adapter_model.safetensors'), encodeSafetensors(tensors));
  return dir;
}

/** PEFT key of a LoRA tensor. */
export function loraKey(layer: number, module: string, part: 'A' | 'B'): string {
  const parent = ['gate_proj', 'up_proj', 'down_proj'].includes(module) ? 'mlp' : 'self_attn';
  return `base_model.model.model.layers.${layer}.${parent}.${module}.lora_${part}.weight`;
}

/** Counting values 0, 1, 2, … scaled, so every element is distinct and traceable. */
export function ramp(count: number, scale = 0.001): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => i * scale);
}

/** Reads an F32 tensor of a GGUF file back as floats. */
export async function readGgufF32(path: string, name: string): Promise<{ header: GgufHeader; values: Float32Array }> {
  const header = await readGgufHeader(path);
  const tensor = header.getTensor(name);
  if (tensor === undefined) throw new Error(`no tensor ${name} in ${path}`);
  if (tensor.typeName !== 'F32') throw new Error(`${name} is ${tensor.typeName}`);
  const bytes = readFileSync(path).subarray(
    header.dataOffset + tensor.offset,
    header.dataOffset + tensor.offset + tensor.byteSize,
  );
  return {
    header,
    values: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  };
}
