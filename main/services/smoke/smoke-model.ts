// Writes a tiny random llama model and a LoRA adapter that fits it, so a smoke run needs no download.
import { join } from 'node:path';
import {
  buildLlamaSpmVocab,
  deriveSeed,
  llamaLoraTargets,
  LlamaTokenType,
  SeededRandom,
  writeLlamaModel,
  writeLoraAdapter,
  type LlamaHyperParams,
  type LlamaTensorSlot,
  type LlamaVocab,
  type LoraTensorSlot,
} from '../gguf';

export interface SmokeModelFiles {
  modelPath: string;
  loraPath: string;
}

/** TinyLlama's structure (GQA, RMSNorm, SwiGLU, RoPE) at a size that loads in milliseconds on any machine. */
const HYPER_PARAMS: LlamaHyperParams = {
  contextLength: 1024,
  embeddingLength: 64,
  blockCount: 2,
  feedForwardLength: 176,
  headCount: 8,
  headCountKv: 2,
  rmsNormEpsilon: 1e-5,
  ropeFreqBase: 10000,
};

const SEED = 20_240_613;
const WORDS = `the a of and in is are to with for by blood heart lung kidney liver cell cells pressure
potassium sodium glucose insulin infection fever pain cough treatment diagnosis symptoms patient
low high acute chronic serum level levels often may cause causes caused common normal risk`.split(/\s+/);

/**
 * Hidden dimension 0 carries a constant (every embedding holds BIAS_CHANNEL there and no layer writes to
 * it), so column 0 of the output matrix acts as a per-token logit bias: control and byte tokens (EOS
 * included) are pushed far down, and every answer is words rather than an immediate end of text.
 */
const BIAS_CHANNEL = 8;
const NORMALIZED_BIAS = 6;
const SUPPRESSED_LOGIT = -60;

/** Writes `smoke-model.gguf` and `smoke-model.lora.gguf` into `dir` (which must exist). */
export async function writeSmokeModel(dir: string): Promise<SmokeModelFiles> {
  const vocab = buildLlamaSpmVocab({ words: WORDS });
  const modelPath = join(dir, 'smoke-model.gguf');
  const loraPath = join(dir, 'smoke-model.lora.gguf');
  await writeLlamaModel(modelPath, {
    name: 'Smoke test model (random weights)',
    hyperParams: HYPER_PARAMS,
    vocab,
    weightType: 'F32',
    weights: (slot) => weightsFor(slot, vocab),
  });
  await writeLoraAdapter(loraPath, {
    name: 'Smoke test LoRA (random weights)',
    architecture: 'llama',
    rank: 4,
    alpha: 8,
    targets: llamaLoraTargets(HYPER_PARAMS, ['attn_q', 'attn_v']),
    values: loraValues,
  });
  return { modelPath, loraPath };
}

function weightsFor(slot: LlamaTensorSlot, vocab: LlamaVocab): Float32Array {
  const [inputs = 1, outputs = 1] = slot.dims;
  if (slot.dims.length === 1) return new Float32Array(inputs).fill(1);
  const random = new SeededRandom(deriveSeed(SEED, slot.name));
  const values = random.fillUniform(new Float32Array(inputs * outputs), Math.sqrt(3 / inputs));
  const embd = HYPER_PARAMS.embeddingLength;
  switch (slot.role) {
    case 'token_embd':
      for (let token = 0; token < outputs; token++) values[token * embd] = BIAS_CHANNEL;
      break;
    case 'attn_output':
    case 'ffn_down':
      values.fill(0, 0, inputs); // output row 0 stays zero: layers never write to the bias channel
      break;
    case 'output':
      for (let token = 0; token < outputs; token++) {
        if (vocab.tokenTypes[token] === LlamaTokenType.normal) continue;
        const row = values.subarray(token * embd, (token + 1) * embd);
        row.fill(0);
        row[0] = SUPPRESSED_LOGIT / NORMALIZED_BIAS;
      }
      break;
    default:
      break;
  }
  return values;
}

function loraValues(slot: LoraTensorSlot): Float32Array {
  const random = new SeededRandom(deriveSeed(SEED + 1, slot.name));
  return random.fillUniform(new Float32Array(slot.dims.reduce((product, dim) => product * dim, 1)), 0.5);
}
