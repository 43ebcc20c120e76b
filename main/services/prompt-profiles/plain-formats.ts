// Text formats of the plain-text profiles (adapter = the LoRA's training format, qa = bare Q/A).
import type { PlainProfileId } from './types';

/** How one plain-text profile spells user messages, model answers and where to stop. */
export interface PlainTextFormat {
  /** A complete user message block. */
  user(text: string): string;
  /** Opens a model answer; generation continues right after it. */
  readonly modelOpen: string;
  /** A complete (past) model answer block. */
  modelDone(text: string): string;
  /** Plain strings that end an answer (the model may never have learned EOS). */
  readonly stopStrings: readonly string[];
}

// The markers are ordinary text: the LoRA was trained on them as text, not as special tokens.
const adapterFormat: PlainTextFormat = {
  user: (text) => `<start_of_turn>user\n${text}\n<end_of_turn>\n`,
  modelOpen: '<start_of_turn>model\n',
  modelDone: (text) => `<start_of_turn>model\n${text}<end_of_turn>\n`,
  stopStrings: ['<end_of_turn>', '<start_of_turn>'],
};

// Past answers are written with exactly one space after "Answer:"; the model's own
// leading space is folded into it so re-rendered history matches the cached tokens.
const qaFormat: PlainTextFormat = {
  user: (text) => `Question: ${text}\n`,
  modelOpen: 'Answer:',
  modelDone: (text) => `Answer: ${text.trimStart()}\n\n`,
  stopStrings: ['\nQuestion:'],
};

export const PLAIN_FORMATS: Readonly<Record<PlainProfileId, PlainTextFormat>> = Object.freeze({
  adapter: adapterFormat,
  qa: qaFormat,
});
