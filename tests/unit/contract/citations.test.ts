// The citation contract main sends back with every answer: a card's or an earlier answer's, told apart
// by kind; a citation mixing the two, or naming neither, is refused.
import { describe, expect, it } from 'vitest';
import { citationSchema, settingsPatchSchema } from '../../../preload/contract/schemas';

const card = {
  kind: 'card',
  number: 1,
  cardId: 4,
  deckName: 'Renal',
  front: 'Hyperkalemia ECG?',
  back: 'Peaked T waves',
  status: 'current',
};
const answer = {
  kind: 'answer',
  number: 2,
  messageId: 9,
  conversationId: 3,
  conversationTitle: 'Potassium',
  question: 'High potassium and the heart?',
  answer: 'Arrhythmias.',
  status: 'changed',
};

describe('citationSchema', () => {
  it('accepts a card citation and an earlier-answer citation, the latter with its chat gone', () => {
    expect(citationSchema.parse(card)).toEqual(card);
    expect(citationSchema.parse(answer)).toEqual(answer);
    const gone = { ...answer, conversationId: null, status: 'deleted' };
    expect(citationSchema.parse(gone)).toEqual(gone);
  });

  it('refuses one without a kind, one mixing a card with an answer, and an unknown status', () => {
    const { kind: _kind, ...noKind } = card;
    expect(citationSchema.safeParse(noKind).success).toBe(false);
    expect(citationSchema.safeParse({ ...answer, cardId: 4 }).success).toBe(false);
    expect(citationSchema.safeParse({ ...card, kind: 'answer' }).success).toBe(false);
    expect(citationSchema.safeParse({ ...card, status: 'moved' }).success).toBe(false);
  });
});

describe('settings patch', () => {
  it('takes "use my earlier answers" as a boolean only', () => {
    expect(settingsPatchSchema.parse({ groundWithPastAnswers: true })).toEqual({ groundWithPastAnswers: true });
    expect(settingsPatchSchema.safeParse({ groundWithPastAnswers: 'yes' }).success).toBe(false);
  });
});
