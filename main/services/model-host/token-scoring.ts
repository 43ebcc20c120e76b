// Scores a token sequence in the host: ln p(token_i | tokens_<i) for every i ≥ 1, one number per token.
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';

/**
 * Tokens per controlledEvaluate call. Each call is batched by llama.cpp (up to the context's batch
 * size); between calls the abort signal is checked, so a long item stops within one chunk.
 */
const CHUNK_TOKENS = 256;

export class ScoringError extends Error {
  override readonly name = 'ScoringError';
}

export class ScoringAbortedError extends Error {
  override readonly name = 'ScoringAbortedError';
}

/**
 * Evaluates `tokens` on an empty sequence and returns ln p(tokens[i] | tokens[0..i-1]) for i = 1…n-1.
 *
 * node-llama-cpp exposes no raw logits; asking for the next-token probabilities with no sampling
 * options runs its greedy sampler, which leaves the logits untouched, so the map it returns is the
 * plain softmax of the model's logits over the whole vocabulary (float32). Only the target token's
 * entry is kept and each map is dropped as soon as it is read, so nothing vocabulary-sized is held
 * or leaves this process. A probability that underflows float32 (a target ~87 nats below the top
 * token) cannot be scored exactly; that is reported as an error rather than an infinite perplexity.
 */
export async function scoreTokenSequence(
  sequence: LlamaContextSequence,
  tokens: readonly number[],
  signal: AbortSignal,
): Promise<number[]> {
  if (sequence.nextTokenIndex !== 0) throw new ScoringError('Scoring needs an empty sequence.');
  const vocabulary = vocabularySize(sequence.model);
  const unknown = vocabulary === null ? undefined : tokens.find((token) => token >= vocabulary);
  if (unknown !== undefined) {
    throw new ScoringError(`Token id ${unknown} is not in the model's vocabulary of ${vocabulary} tokens.`);
  }
  if (tokens.length > sequence.contextSize) {
    throw new ScoringError(
      `The item has ${tokens.length} tokens but the context holds ${sequence.contextSize}; shorten it or load a larger context.`,
    );
  }
  const logProbs: (number | undefined)[] = new Array<number | undefined>(tokens.length - 1);
  let failure: string | null = null;

  for (let start = 0; start < tokens.length - 1; start += CHUNK_TOKENS) {
    if (signal.aborted) throw new ScoringAbortedError('Scoring was stopped.');
    const end = Math.min(tokens.length - 1, start + CHUNK_TOKENS);
    // The last token is never evaluated: nothing is predicted after it.
    const input = tokens
      .slice(start, end)
      .map(
        (token) =>
          [token as Token, { generateNext: { probabilities: true } }] as [
            Token,
            { generateNext: { probabilities: true } },
          ],
      );
    await sequence.controlledEvaluate(input, {
      onTokenResult(index, result) {
        const position = start + index;
        const target = tokens[position + 1] as number;
        const probability = result.next.probabilities?.get(target as Token);
        // Drop the vocabulary-sized map now; only one number per position is kept.
        result.next.probabilities = undefined;
        if (probability === undefined) failure ??= `token id ${target} is not in the model's vocabulary`;
        else if (!(probability > 0))
          failure ??= `token ${position + 1} (id ${target}) has probability 0 in float32; its log-probability is not finite`;
        else logProbs[position] = Math.min(0, Math.log(probability));
      },
    });
    if (failure !== null) throw new ScoringError(`Cannot score this item: ${failure}.`);
  }
  const missing = logProbs.findIndex((value) => value === undefined);
  if (missing >= 0) throw new ScoringError(`No probabilities came back for token ${missing + 1}.`);
  return logProbs as number[];
}

/** The model's vocabulary size from its GGUF header, or null when the header does not list the tokens. */
function vocabularySize(model: LlamaModel): number | null {
  const tokens: unknown = model.fileInfo.metadata.tokenizer?.ggml?.tokens;
  return Array.isArray(tokens) ? tokens.length : null;
}
