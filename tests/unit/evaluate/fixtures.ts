// Builders for evaluation runs used by the Evaluate view's tests.
import type { EvaluationRunRecord, EvaluationVariantId } from '../../../preload/contract/features/evaluation';

const SHA_A = 'a'.repeat(64);

export function evaluationRun(
  id: number,
  variant: EvaluationVariantId,
  overrides: Partial<EvaluationRunRecord> = {},
): EvaluationRunRecord {
  return {
    id,
    createdAt: 1_700_000_000_000 + id * 1000,
    variant,
    modelName: 'TinyLlama-1.1B-Chat',
    modelPath: '/models/tinyllama.gguf',
    adapterPath: variant === 'adapter' ? '/models/medical-lora.gguf' : null,
    adapterScale: variant === 'adapter' ? 1 : null,
    dataPath: '/data/cards.jsonl',
    dataSha256: SHA_A,
    items: 30,
    seconds: 12.5,
    tokensPerSecond: 420,
    answerPerplexity: variant === 'adapter' ? 3.2 : 5.9,
    sequencePerplexity: variant === 'adapter' ? 2.47 : 4.1,
    answerTokens: 600,
    sequenceTokens: 1500,
    ...overrides,
  };
}
