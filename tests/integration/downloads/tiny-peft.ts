// A PEFT adapter folder (adapter_config.json + adapter_model.safetensors) that fits the tiny fixture model,
// as served bytes: what the medical adapter's source serves, in miniature (rank 8, alpha 16, q/v).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyHfLlamaConfig } from '../../fixtures/hf/hf-llama';
import { randomPeftModules, writePeftFolder } from '../../fixtures/hf/peft-adapter';

export const PEFT_FILES = ['adapter_config.json', 'adapter_model.safetensors'] as const;

export async function tinyPeftFiles(vocabSize: number, seed = 5): Promise<Record<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'mea-tiny-peft-'));
  try {
    const spec = { targets: ['q_proj', 'v_proj'] as const, rankOf: () => 8, alphaOf: () => 16, config: {}, seed };
    await writePeftFolder(dir, spec, randomPeftModules(tinyHfLlamaConfig(vocabSize), spec));
    const files: Record<string, Buffer> = {};
    for (const name of PEFT_FILES) files[name] = await readFile(join(dir, name));
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
