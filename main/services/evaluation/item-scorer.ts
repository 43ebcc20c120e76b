// Scores one {question, answer} item through the model host: tokenize the three pieces, score, sum.
import type { ScoreRequest, ScoreResult } from '../model-host';
import { itemScore, type ItemScore } from './perplexity';
import { scoringText } from './scoring-text';

/** The two host requests scoring needs (ModelHostClient implements them). */
export interface TokenScoringHost {
  tokenize(text: string, options: { bos: boolean }): Promise<number[]>;
  scoreTokens(input: Omit<ScoreRequest, 'requestId'>, options?: { signal?: AbortSignal }): Promise<ScoreResult>;
}

export interface ScoredItem extends ItemScore {
  /** Seconds the host spent evaluating the tokens. */
  seconds: number;
}

/**
 * Token boundaries: prompt, answer and tail are tokenized separately and concatenated, because that
 * is what generation sees (the prompt is tokenized alone, then the model emits the answer's tokens
 * after it). The pieces meet at "\n", which SentencePiece llama vocabularies spell as a byte token,
 * so this equals tokenizing the whole text for them; a vocabulary that merged across a boundary
 * would still be scored the way generation would produce it.
 *
 * `lora`: null = the base model alone, {scale} = base + the loaded adapter at that scale.
 */
export async function scoreItem(
  host: TokenScoringHost,
  item: { question: string; answer: string },
  lora: { scale: number } | null,
  signal?: AbortSignal,
): Promise<ScoredItem> {
  const text = scoringText(item.question, item.answer);
  const prompt = await host.tokenize(text.prompt, { bos: true });
  const answer = await host.tokenize(text.answer, { bos: false });
  const tail = await host.tokenize(text.tail, { bos: false });
  const result = await host.scoreTokens({ tokens: [...prompt, ...answer, ...tail], lora }, { signal });
  return { ...itemScore(result.logProbs, answer.length, tail.length), seconds: result.seconds };
}
