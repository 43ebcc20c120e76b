// The three text pieces of one scored item in the adapter's training format: prompt | answer | tail.
import { PLAIN_FORMATS, type PlainTextFormat } from '../prompt-profiles/plain-formats';

export interface ScoringText {
  /** BOS is prepended by the tokenizer: `<start_of_turn>user\n{q}\n<end_of_turn>\n<start_of_turn>model\n`. */
  prompt: string;
  /** What answer-only perplexity covers: `{answer}<end_of_turn>`. */
  answer: string;
  /** The rest of the training text after the answer's end marker (`\n`); counted in the whole sequence only. */
  tail: string;
}

/**
 * Splits the adapter-format rendering of one exchange into prompt, answer and tail, so each is
 * tokenized on its own: the prompt exactly as generation tokenizes it, the answer as the tokens
 * generation would emit after it. Throws if the format does not end answers with its first stop string.
 */
export function scoringText(
  question: string,
  answer: string,
  format: PlainTextFormat = PLAIN_FORMATS.adapter,
): ScoringText {
  const prompt = format.user(question) + format.modelOpen;
  const endMarker = format.stopStrings[0] ?? '';
  const done = format.modelDone(answer);
  const answerPart = answer + endMarker;
  if (endMarker === '' || !done.startsWith(format.modelOpen + answerPart)) {
    throw new Error('This prompt format does not close answers with an end marker; it cannot be scored.');
  }
  return { prompt, answer: answerPart, tail: done.slice(format.modelOpen.length + answerPart.length) };
}
