// What one payload of a completions or chat completions stream adds to the answer.
import { isRecord } from './sse';

export interface PayloadPiece {
  /** Text of the answer in this payload ('' when none). */
  text: string;
  /** 'stop', 'length', …; null while the answer goes on. */
  finishReason: string | null;
  /** Tokens generated, when the server counted them (usage or llama-server's timings). */
  completionTokens: number | null;
  /** Prompt tokens the server evaluated for this answer (not from its cache), when it said. */
  evaluatedTokens: number | null;
}

export function readPayload(payload: Record<string, unknown>): PayloadPiece {
  const piece: PayloadPiece = { text: '', finishReason: null, completionTokens: null, evaluatedTokens: null };
  const choices = Array.isArray(payload.choices) ? payload.choices : [];
  const choice: unknown = choices[0];
  if (isRecord(choice)) {
    // completions: text; chat stream: delta.content; a chat reply sent whole: message.content.
    const delta = isRecord(choice.delta) ? choice.delta : isRecord(choice.message) ? choice.message : null;
    const text =
      typeof choice.text === 'string' ? choice.text : delta && typeof delta.content === 'string' ? delta.content : '';
    piece.text = text;
    if (typeof choice.finish_reason === 'string') piece.finishReason = choice.finish_reason;
  }
  const usage = isRecord(payload.usage) ? payload.usage : null;
  if (usage) {
    piece.completionTokens = count(usage.completion_tokens);
    const prompt = count(usage.prompt_tokens);
    const details = isRecord(usage.prompt_tokens_details) ? usage.prompt_tokens_details : null;
    const cached = details ? (count(details.cached_tokens) ?? 0) : 0;
    if (prompt !== null) piece.evaluatedTokens = Math.max(0, prompt - cached);
  }
  // llama-server's own figures: predicted_n tokens generated, prompt_n prompt tokens evaluated this time.
  const timings = isRecord(payload.timings) ? payload.timings : null;
  if (timings) {
    piece.completionTokens ??= count(timings.predicted_n);
    const evaluated = count(timings.prompt_n);
    if (evaluated !== null) piece.evaluatedTokens = evaluated;
  }
  return piece;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
