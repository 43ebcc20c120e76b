// What is spoken when an answer finishes: how it ended, then its words without Markdown marks.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../preload/contract/schemas';
import { answerAnnouncement, markdownToSpeech } from '../../../../renderer/src/features/chat/state/answerAnnouncement';
import { i18n } from '../../../../renderer/src/i18n';

const en = i18n.getFixedT('en', 'chat');
const de = i18n.getFixedT('de', 'chat');

const message = (overrides: Partial<Message>): Message =>
  ({
    id: 2,
    conversationId: 1,
    role: 'assistant',
    content: '',
    status: 'complete',
    error: null,
    ...overrides,
  }) as Message;

describe('markdownToSpeech', () => {
  it('drops the marks a screen reader would read out, keeping the words', () => {
    const markdown = [
      '## Hyponatraemia',
      '',
      'A **low** serum *sodium* (below `135 mmol/L`), see [the guideline](https://example.org).',
      '',
      '- Causes: SIADH',
      '1. Check volume status',
      '> Correct slowly.',
      '',
      '```',
      'Na < 135',
      '```',
      '',
      '| Level | Na |',
      '|---|---|',
      '| Mild | 130–134 |',
    ].join('\n');
    const spoken = markdownToSpeech(markdown);
    expect(spoken).toContain('Hyponatraemia');
    expect(spoken).toContain('A low serum sodium (below 135 mmol/L), see the guideline.');
    expect(spoken).toContain('Causes: SIADH');
    expect(spoken).toContain('Check volume status');
    expect(spoken).toContain('Correct slowly.');
    expect(spoken).toContain('Na < 135');
    expect(spoken).toContain('Mild, 130–134');
    expect(spoken).not.toMatch(/[*#`|>]{1}\s|\*\*|```|\]\(/);
  });

  it('leaves snake_case and arithmetic alone', () => {
    expect(markdownToSpeech('use max_tokens and 2 * 3 * 4')).toBe('use max_tokens and 2 * 3 * 4');
  });
});

describe('answerAnnouncement', () => {
  it('says nothing while the answer streams', () => {
    expect(answerAnnouncement(message({ status: 'streaming', content: 'Partial' }), en)).toBeNull();
  });

  it('names how the answer ended, then reads it', () => {
    expect(answerAnnouncement(message({ content: 'Sodium **below** 135.' }), en)).toBe(
      'Answer ready. Sodium below 135.',
    );
    expect(answerAnnouncement(message({ status: 'stopped', content: 'Sodium' }), en)).toBe('Answer stopped. Sodium');
    expect(answerAnnouncement(message({ status: 'failed', error: 'The model crashed.' }), en)).toBe(
      'The answer failed. The model crashed.',
    );
    expect(answerAnnouncement(message({ status: 'interrupted', error: null, content: 'Half' }), en)).toBe(
      'Answer cut off. Half',
    );
  });

  it('names the ending in the UI language and reads the answer as written', () => {
    expect(answerAnnouncement(message({ content: 'Sodium **below** 135.' }), de)).toBe(
      'Antwort fertig. Sodium below 135.',
    );
  });

  it('shortens a long answer for speech', () => {
    const long = 'This sentence is about sodium. '.repeat(60);
    const spoken = answerAnnouncement(message({ content: long }), en) ?? '';
    expect(spoken.startsWith('Answer ready. This sentence is about sodium.')).toBe(true);
    expect(spoken.length).toBeLessThan(540);
    expect(spoken.endsWith('.')).toBe(true);
  });
});
