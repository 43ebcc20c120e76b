// Writes a tiny random llama model and a LoRA adapter that fits it, so a smoke run needs no download.
import { join } from 'node:path';
import { tinyLlamaModel, writeLlamaModel, writeLoraAdapter } from '../gguf';

export interface SmokeModelFiles {
  modelPath: string;
  loraPath: string;
}

const SEED = 20_240_613;
const WORDS = `the a of and in is are to with for by blood heart lung kidney liver cell cells pressure
potassium sodium glucose insulin infection fever pain cough treatment diagnosis symptoms patient
low high acute chronic serum level levels often may cause causes caused common normal risk`.split(/\s+/);

/** Writes `smoke-model.gguf` and `smoke-model.lora.gguf` into `dir` (which must exist). */
export async function writeSmokeModel(dir: string): Promise<SmokeModelFiles> {
  // Control and byte tokens (EOS included) are suppressed, so every answer is words, not an immediate end.
  const { model, lora } = tinyLlamaModel({
    name: 'Smoke test model (random weights)',
    loraName: 'Smoke test LoRA (random weights)',
    seed: SEED,
    words: WORDS,
    contextLength: 1024,
  });
  const modelPath = join(dir, 'smoke-model.gguf');
  const loraPath = join(dir, 'smoke-model.lora.gguf');
  await writeLlamaModel(modelPath, model);
  await writeLoraAdapter(loraPath, lora);
  return { modelPath, loraPath };
}
