import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLING,
  defaultProfileFor,
  profileStopStrings,
  renderProfilePrompt,
  type ChatTurn,
} from '../../../main/services/prompt-profiles';

const history: ChatTurn[] = [
  { role: 'user', text: 'What is hypokalemia?' },
  { role: 'assistant', text: 'Low serum potassium.' },
];

describe('renderProfilePrompt: adapter', () => {
  it('renders a first question in the LoRA training format', () => {
    expect(renderProfilePrompt('adapter', [], 'Define sepsis.').text).toBe(
      '<start_of_turn>user\nDefine sepsis.\n<end_of_turn>\n<start_of_turn>model\n',
    );
  });

  it('renders past turns complete and leaves the new answer open', () => {
    expect(renderProfilePrompt('adapter', history, 'Causes?').text).toBe(
      '<start_of_turn>user\nWhat is hypokalemia?\n<end_of_turn>\n' +
        '<start_of_turn>model\nLow serum potassium.<end_of_turn>\n' +
        '<start_of_turn>user\nCauses?\n<end_of_turn>\n' +
        '<start_of_turn>model\n',
    );
  });

  it('stops on both turn markers (the adapter never learned EOS)', () => {
    expect(renderProfilePrompt('adapter', [], 'q').stopStrings).toEqual(['<end_of_turn>', '<start_of_turn>']);
    expect(profileStopStrings('adapter')).toEqual(['<end_of_turn>', '<start_of_turn>']);
  });
});

describe('renderProfilePrompt: qa', () => {
  it('renders question/answer pairs and an open answer', () => {
    expect(renderProfilePrompt('qa', history, 'Causes?').text).toBe(
      'Question: What is hypokalemia?\nAnswer: Low serum potassium.\n\nQuestion: Causes?\nAnswer:',
    );
  });

  it('writes one space after "Answer:" even when the stored answer kept the model\'s leading space', () => {
    const withSpace: ChatTurn[] = [
      { role: 'user', text: 'q1' },
      { role: 'assistant', text: ' a1' },
    ];
    expect(renderProfilePrompt('qa', withSpace, 'q2').text).toBe('Question: q1\nAnswer: a1\n\nQuestion: q2\nAnswer:');
  });

  it('stops when the model starts a new question', () => {
    expect(renderProfilePrompt('qa', [], 'q').stopStrings).toEqual(['\nQuestion:']);
  });
});

describe('defaultProfileFor', () => {
  it('prefers the adapter format whenever a LoRA is loaded', () => {
    expect(defaultProfileFor({ hasLora: true, hasChatTemplate: true })).toBe('adapter');
    expect(defaultProfileFor({ hasLora: true, hasChatTemplate: false })).toBe('adapter');
  });

  it('uses the GGUF chat template without a LoRA, else plain Q/A', () => {
    expect(defaultProfileFor({ hasLora: false, hasChatTemplate: true })).toBe('template');
    expect(defaultProfileFor({ hasLora: false, hasChatTemplate: false })).toBe('qa');
  });
});

describe('DEFAULT_SAMPLING', () => {
  it('has the documented defaults and cannot be mutated', () => {
    expect(DEFAULT_SAMPLING).toEqual({ temperature: 0.7, topP: 0.9, maxTokens: 256 });
    expect(Object.isFrozen(DEFAULT_SAMPLING)).toBe(true);
  });
});
