// Recipe for a tiny random llama model and a LoRA that fits it: the tests' fixture and the app's self-test share it.

import { LlamaTokenType } from './gguf-types';
import {
  type LlamaHyperParams,
  type LlamaModelSpec,
  type LlamaTensorSlot,
  type LlamaWeightSource,
} from './llama-model-builder';
import { buildLlamaSpmVocab, SPM_SPACE, type LlamaVocab } from './llama-spm-vocab';
import { llamaLoraTargets, type LoraAdapterSpec, type LoraTensorSlot } from './lora-adapter-builder';
import { deriveSeed, SeededRandom } from './seeded-random';

/** TinyLlama-1.1B-Chat's structure (GQA 4:1, RMSNorm, SwiGLU, RoPE) scaled down to load in milliseconds. */
export const TINY_LLAMA_HYPER_PARAMS: LlamaHyperParams = {
  contextLength: 2048,
  embeddingLength: 64,
  blockCount: 2,
  feedForwardLength: 176,
  headCount: 8,
  headCountKv: 2,
  rmsNormEpsilon: 1e-5,
  ropeFreqBase: 10000,
};

/**
 * Hidden dimension 0 carries a constant: every token embedding has `channelValue` there and no layer writes
 * to it, so after the final RMSNorm it is roughly `normalizedChannel` and column 0 of the output matrix acts
 * as a per-token logit bias. That pushes control and byte tokens (EOS included) `suppressedLogit` below the
 * rest, so sampling practically never ends an answer at once or emits invalid UTF-8.
 */
export const TINY_LLAMA_BIAS_CHANNEL = { channelValue: 8, normalizedChannel: 6, suppressedLogit: -60 } as const;

/** Large enough (scale alpha/rank = 2, entries up to ±0.5) to visibly move next-token probabilities. */
export const TINY_LLAMA_LORA = { rank: 4, alpha: 8, roles: ['attn_q', 'attn_v'], valueScale: 0.5 } as const;

export interface TinyLlamaRecipe {
  readonly name: string;
  /** Defaults to `${name} LoRA`. */
  readonly loraName?: string;
  readonly seed: number;
  /** Words that become single tokens (see buildLlamaSpmVocab). */
  readonly words: readonly string[];
  readonly contextLength?: number;
  readonly chatTemplate?: string;
  /** Re-draw the embeddings uniform in ±scale, continuing the tensor's random stream after the default draw. */
  readonly embeddingScale?: number;
  /** Re-draw the output matrix uniform in ±scale, the same way. */
  readonly outputScale?: number;
  /** Logit bias (logit units) for normal tokens: whole words vs every other piece, so sampled text reads as words. */
  readonly wordPieceLogits?: { readonly wholeWord: number; readonly otherPiece: number };
}

export interface TinyLlamaModel {
  readonly hyperParams: LlamaHyperParams;
  readonly vocab: LlamaVocab;
  /** F32 weights, generated lazily tensor by tensor when written. */
  readonly model: LlamaModelSpec;
  readonly lora: LoraAdapterSpec;
}

/** Builds the specs for writeLlamaModel / writeLoraAdapter; nothing is generated until they are written. */
export function tinyLlamaModel(recipe: TinyLlamaRecipe): TinyLlamaModel {
  const hyperParams: LlamaHyperParams = {
    ...TINY_LLAMA_HYPER_PARAMS,
    contextLength: recipe.contextLength ?? TINY_LLAMA_HYPER_PARAMS.contextLength,
  };
  const vocab = buildLlamaSpmVocab({ words: recipe.words });
  const model: LlamaModelSpec = {
    name: recipe.name,
    hyperParams,
    vocab,
    ...(recipe.chatTemplate === undefined ? {} : { chatTemplate: recipe.chatTemplate }),
    weightType: 'F32',
    weights: tinyLlamaWeights(recipe, vocab, hyperParams),
  };
  const lora: LoraAdapterSpec = {
    name: recipe.loraName ?? `${recipe.name} LoRA`,
    architecture: 'llama',
    rank: TINY_LLAMA_LORA.rank,
    alpha: TINY_LLAMA_LORA.alpha,
    targets: llamaLoraTargets(hyperParams, TINY_LLAMA_LORA.roles),
    values: tinyLoraValues(recipe.seed + 1),
  };
  return { hyperParams, vocab, model, lora };
}

function tinyLlamaWeights(
  recipe: TinyLlamaRecipe,
  vocab: LlamaVocab,
  hyperParams: LlamaHyperParams,
): LlamaWeightSource {
  const embd = hyperParams.embeddingLength;
  const words = new Set(recipe.words);
  return (slot: LlamaTensorSlot) => {
    const [inputs = 1, outputs = 1] = slot.dims;
    if (slot.dims.length === 1) return new Float32Array(inputs).fill(1);
    const random = new SeededRandom(deriveSeed(recipe.seed, slot.name));
    const values = random.fillUniform(new Float32Array(inputs * outputs), Math.sqrt(3 / inputs));
    switch (slot.role) {
      case 'token_embd':
        if (recipe.embeddingScale !== undefined) random.fillUniform(values, recipe.embeddingScale);
        for (let token = 0; token < outputs; token++) values[token * embd] = TINY_LLAMA_BIAS_CHANNEL.channelValue;
        break;
      case 'attn_output':
      case 'ffn_down':
        values.fill(0, 0, inputs); // output row 0: layers never write to the bias channel
        break;
      case 'output':
        if (recipe.outputScale !== undefined) random.fillUniform(values, recipe.outputScale);
        setOutputBiases(values, vocab, embd, (piece) => wordPieceLogit(recipe, words, piece));
        break;
      default:
        break;
    }
    return values;
  };
}

/** Row t of the output matrix scores token t; its column 0 reads the bias channel. */
function setOutputBiases(
  values: Float32Array,
  vocab: LlamaVocab,
  embd: number,
  normalLogit: (piece: string) => number | undefined,
): void {
  const { normalizedChannel, suppressedLogit } = TINY_LLAMA_BIAS_CHANNEL;
  for (let token = 0; token < vocab.tokens.length; token++) {
    const row = values.subarray(token * embd, (token + 1) * embd);
    if (vocab.tokenTypes[token] !== LlamaTokenType.normal) {
      row.fill(0);
      row[0] = suppressedLogit / normalizedChannel;
      continue;
    }
    const logit = normalLogit(vocab.tokens[token] ?? '');
    if (logit !== undefined) row[0] = logit / normalizedChannel;
  }
}

function wordPieceLogit(recipe: TinyLlamaRecipe, words: ReadonlySet<string>, piece: string): number | undefined {
  if (recipe.wordPieceLogits === undefined) return undefined;
  const isWholeWord = piece.startsWith(SPM_SPACE) && words.has(piece.slice(SPM_SPACE.length));
  return isWholeWord ? recipe.wordPieceLogits.wholeWord : recipe.wordPieceLogits.otherPiece;
}

function tinyLoraValues(seed: number): (slot: LoraTensorSlot) => Float32Array {
  return (slot) => {
    const random = new SeededRandom(deriveSeed(seed, slot.name));
    const count = slot.dims.reduce((product, dim) => product * dim, 1);
    return random.fillUniform(new Float32Array(count), TINY_LLAMA_LORA.valueScale);
  };
}
