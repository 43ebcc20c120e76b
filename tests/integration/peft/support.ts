// Shared helpers of the PEFT conversion proofs: the HF fixture model, exact next-token probabilities, differences.

import type { Llama, LlamaModel } from 'node-llama-cpp';
import { deriveSeed, SeededRandom } from '../../../main/services/gguf';

/** Exactness settings of the proof: F32 KV cache, no flash attention, one thread (tiny models). */
export const EXACT_CONTEXT = {
  contextSize: 64,
  threads: 1,
  flashAttention: false,
  experimentalKvCacheKeyType: 'F32',
  experimentalKvCacheValueType: 'F32',
} as const;

/** Positions (0-based) after which the next-token distribution is compared. */
export const POSITIONS = [2, 6, 10, 13] as const;

/** Three deterministic prompts of 14 token ids drawn from the fixture vocabulary. */
export function fixturePrompts(vocabSize: number): number[][] {
  const random = new SeededRandom(deriveSeed(7, 'peft-prompts'));
  return [0, 1, 2].map(() => Array.from({ length: 14 }, () => 3 + Math.floor(random.next() * (vocabSize - 3))));
}

/** Dense next-token probabilities from llama.cpp after each position in POSITIONS, with an optional LoRA. */
export async function llamaProbabilities(
  model: LlamaModel,
  vocabSize: number,
  tokens: readonly number[],
  loraPath?: string,
): Promise<Float64Array[]> {
  const context = await model.createContext({
    ...EXACT_CONTEXT,
    lora: loraPath === undefined ? undefined : { adapters: [{ filePath: loraPath, scale: 1 }] },
  });
  try {
    const sequence = context.getSequence();
    const input = tokens.map((token, index) =>
      (POSITIONS as readonly number[]).includes(index)
        ? ([token, { generateNext: { probabilities: true } }] as const)
        : token,
    );
    const results = await sequence.controlledEvaluate(input as Parameters<typeof sequence.controlledEvaluate>[0]);
    return POSITIONS.map((position) => {
      const probabilities = results[position]?.next.probabilities;
      if (probabilities === undefined) throw new Error(`no probabilities at position ${position}`);
      const dense = new Float64Array(vocabSize);
      for (const [token, probability] of probabilities) dense[token] = probability;
      return dense;
    });
  } finally {
    await context.dispose();
  }
}

/** max |a - b| over every prompt, position and token. */
export function maxAbsDifference(a: readonly Float64Array[][], b: readonly Float64Array[][]): number {
  let max = 0;
  a.forEach((prompt, p) =>
    prompt.forEach((row, r) => {
      const other = b[p]?.[r];
      if (other === undefined || other.length !== row.length) throw new Error('probability tables differ in shape');
      for (let i = 0; i < row.length; i++) max = Math.max(max, Math.abs((row[i] as number) - (other[i] as number)));
    }),
  );
  return max;
}

/** Loads a model without GPU and without ever building llama.cpp from source. */
export async function loadModel(llama: Llama, modelPath: string): Promise<LlamaModel> {
  return llama.loadModel({ modelPath, gpuLayers: 0 });
}
