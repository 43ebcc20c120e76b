// Pure renderers: history + question -> prompt text and stop strings for the plain-text profiles.
import { PLAIN_FORMATS, type PlainTextFormat } from './plain-formats';
import type { ChatTurn, PlainProfileId } from './types';

export interface RenderedPrompt {
  /** The prompt text (BOS is added by the tokenizer/wrapper, not part of this text). */
  text: string;
  stopStrings: string[];
}

/**
 * Renders a transcript whose last assistant message (if `openAnswer` is given) is still being
 * generated: every other message is rendered complete, then the open answer is appended raw.
 */
export function renderTranscript(format: PlainTextFormat, messages: readonly ChatTurn[], openAnswer: string): string {
  let text = '';
  for (const message of messages) {
    text += message.role === 'user' ? format.user(message.text) : format.modelDone(message.text);
  }
  return text + format.modelOpen + openAnswer;
}

/** Renders prior complete turns plus the new question, ready for the model to answer. */
export function renderProfilePrompt(
  profile: PlainProfileId,
  history: readonly ChatTurn[],
  question: string,
): RenderedPrompt {
  const format = PLAIN_FORMATS[profile];
  const text = renderTranscript(format, [...history, { role: 'user', text: question }], '');
  return { text, stopStrings: [...format.stopStrings] };
}

/** The stop strings of a plain-text profile. */
export function profileStopStrings(profile: PlainProfileId): string[] {
  return [...PLAIN_FORMATS[profile].stopStrings];
}
