// Perplexity maths (pure): negative log-likelihood sums per item, and their aggregation over a data set.
import type { PerplexityFigures } from './types';

/** One item's totals: summed NLL (nats) and the number of predicted tokens, over the answer and the whole sequence. */
export interface ItemScore {
  answerNll: number;
  answerTokens: number;
  sequenceNll: number;
  sequenceTokens: number;
}

/** −Σ ln p over the given log-probabilities (natural log). */
export function negativeLogLikelihood(logProbs: readonly number[]): number {
  let sum = 0;
  for (const logProb of logProbs) {
    if (!Number.isFinite(logProb) || logProb > 0) throw new RangeError(`not a log-probability: ${logProb}`);
    sum -= logProb;
  }
  return sum;
}

/** exp(NLL / tokens): the perplexity of `tokens` predicted tokens whose NLL sums to `nll`. */
export function perplexity(nll: number, tokens: number): number {
  if (!(tokens > 0)) throw new RangeError('perplexity needs at least one predicted token');
  return Math.exp(nll / tokens);
}

/**
 * Splits one scored sequence into its figures: `logProbs[i]` is ln p(token i+1 | tokens ≤ i) and the
 * answer is the last `answerTokens` tokens before `tailTokens` trailing ones. The whole sequence
 * counts every predicted token (all but the first), like Hugging Face's causal-LM loss.
 */
export function itemScore(logProbs: readonly number[], answerTokens: number, tailTokens: number): ItemScore {
  const predicted = logProbs.length;
  if (answerTokens < 1 || tailTokens < 0 || answerTokens + tailTokens > predicted) {
    throw new RangeError(`an answer of ${answerTokens} tokens does not fit ${predicted} predicted tokens`);
  }
  const answerEnd = predicted - tailTokens;
  return {
    answerNll: negativeLogLikelihood(logProbs.slice(answerEnd - answerTokens, answerEnd)),
    answerTokens,
    sequenceNll: negativeLogLikelihood(logProbs),
    sequenceTokens: predicted,
  };
}

/** Running sums over items, for figures at any point of a run. */
export class PerplexityTotals {
  private answerNll = 0;
  private sequenceNll = 0;
  private answerTokens = 0;
  private sequenceTokens = 0;
  private answerMeanSum = 0;
  private sequenceMeanSum = 0;
  private count = 0;

  add(score: ItemScore): void {
    this.answerNll += score.answerNll;
    this.sequenceNll += score.sequenceNll;
    this.answerTokens += score.answerTokens;
    this.sequenceTokens += score.sequenceTokens;
    this.answerMeanSum += score.answerNll / score.answerTokens;
    this.sequenceMeanSum += score.sequenceNll / score.sequenceTokens;
    this.count++;
  }

  get items(): number {
    return this.count;
  }

  /**
   * Token-weighted figures: exp(Σ NLL / Σ tokens) over every item, i.e. each token counts once.
   * This is what the runs store and the view plots.
   */
  figures(): PerplexityFigures {
    return {
      answerPerplexity: perplexity(this.answerNll, this.answerTokens),
      sequencePerplexity: perplexity(this.sequenceNll, this.sequenceTokens),
      answerTokens: this.answerTokens,
      sequenceTokens: this.sequenceTokens,
    };
  }

  /**
   * Item-averaged figures: exp(mean over items of each item's mean NLL). Hugging Face's Trainer
   * reports eval_loss as the mean of per-batch mean losses, so with one item per batch this is its
   * exp(eval_loss); it weighs short items more than the token-weighted figure does.
   */
  itemAveraged(): { answerPerplexity: number; sequencePerplexity: number } {
    if (this.count === 0) throw new RangeError('no items scored');
    return {
      answerPerplexity: Math.exp(this.answerMeanSum / this.count),
      sequencePerplexity: Math.exp(this.sequenceMeanSum / this.count),
    };
  }
}
