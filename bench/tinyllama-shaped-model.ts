// Writes (once) a GGUF with TinyLlama-1.1B's exact shapes and vocabulary size, random Q8_0 weights,
// for speed measurements on a realistic model size without downloading anything. Never committed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildLlamaSpmVocab,
  randomLlamaWeights,
  TINYLLAMA_1_1B_HYPER_PARAMS,
  writeLlamaModel,
} from '../main/services/gguf';
import { resolveFixturesDir } from '../tests/fixtures/fixtures-dir';
import { TINYLLAMA_CHAT_TEMPLATE } from '../tests/fixtures/tinyllama-chat-template';

export async function ensureTinyLlamaShapedModel(): Promise<string> {
  const path = join(resolveFixturesDir(), 'tinyllama-1.1b-shaped-random-q8_0.gguf');
  if (existsSync(path)) return path;
  console.log(`writing a TinyLlama-shaped random Q8_0 model (~1.2 GB) to ${path} …`);
  await writeLlamaModel(path, {
    name: 'TinyLlama-1.1B-shaped random (benchmark)',
    hyperParams: TINYLLAMA_1_1B_HYPER_PARAMS,
    vocab: buildLlamaSpmVocab({ padToSize: 32000 }),
    chatTemplate: TINYLLAMA_CHAT_TEMPLATE,
    weightType: 'Q8_0',
    weights: randomLlamaWeights(42),
  });
  return path;
}
