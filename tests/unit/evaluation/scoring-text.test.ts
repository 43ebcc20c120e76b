// The scored pieces of one item follow the adapter's training format exactly.
import { describe, expect, it } from 'vitest';
import { PLAIN_FORMATS } from '../../../main/services/prompt-profiles/plain-formats';
import { renderProfilePrompt } from '../../../main/services/prompt-profiles';
import { scoringText } from '../../../main/services/evaluation/scoring-text';

describe('scoringText', () => {
  it('splits the adapter format into prompt | answer + end marker | tail', () => {
    expect(scoringText('What is DKA?', 'Diabetic ketoacidosis.')).toEqual({
      prompt: '<start_of_turn>user\nWhat is DKA?\n<end_of_turn>\n<start_of_turn>model\n',
      answer: 'Diabetic ketoacidosis.<end_of_turn>',
      tail: '\n',
    });
  });

  it('uses the same prompt text generation renders for the question', () => {
    const { prompt } = scoringText('Why?', 'Because.');
    expect(prompt).toBe(renderProfilePrompt('adapter', [], 'Why?').text);
    const { prompt: p, answer, tail } = scoringText('Why?', 'Because.');
    expect(p + answer + tail).toBe(PLAIN_FORMATS.adapter.user('Why?') + PLAIN_FORMATS.adapter.modelDone('Because.'));
  });

  it('refuses a format whose answers have no end marker', () => {
    expect(() => scoringText('Q', 'A', { ...PLAIN_FORMATS.qa, stopStrings: [] })).toThrow(/cannot be scored/);
  });
});
