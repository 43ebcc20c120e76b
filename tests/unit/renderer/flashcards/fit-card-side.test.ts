// A long answer pre-fills a card that can be saved as it opens: cut at a paragraph, sentence or word within 20 KB.
import { describe, expect, it } from 'vitest';
import { draftFromAnswer, validateDraft } from '../../../../renderer/src/features/flashcards/state/cardDraft';
import {
  CARD_SIDE_MAX_BYTES,
  fitCardSide,
  utf8Bytes,
} from '../../../../renderer/src/features/flashcards/state/fitCardSide';
import { i18n } from '../../../../renderer/src/i18n';

const t = i18n.getFixedT('en', 'cards');

const paragraph = (n: number) => `Paragraph ${n}. ${'Potassium shifts into cells with insulin. '.repeat(20)}`.trim();

describe('fitting a card side', () => {
  it('leaves text that fits alone', () => {
    expect(fitCardSide('Low potassium.')).toEqual({ text: 'Low potassium.', cut: false });
  });

  it('cuts a long answer at the end of the last whole paragraph that fits', () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n\n');
    expect(utf8Bytes(text)).toBeGreaterThan(CARD_SIDE_MAX_BYTES);
    const fitted = fitCardSide(text);
    expect(fitted.cut).toBe(true);
    expect(utf8Bytes(fitted.text)).toBeLessThanOrEqual(CARD_SIDE_MAX_BYTES);
    expect(text.startsWith(fitted.text)).toBe(true);
    expect(fitted.text.endsWith('Potassium shifts into cells with insulin.')).toBe(true);
    expect(text.slice(fitted.text.length, fitted.text.length + 2)).toBe('\n\n');
  });

  it('falls back to a sentence, then a word, when there is no paragraph break', () => {
    const sentences = 'Insulin lowers potassium. '.repeat(1000);
    const bySentence = fitCardSide(sentences);
    expect(bySentence.text.endsWith('potassium.')).toBe(true);
    const words = 'potassium '.repeat(3000);
    const byWord = fitCardSide(words);
    expect(byWord.text.endsWith('potassium')).toBe(true);
    expect(utf8Bytes(byWord.text)).toBeLessThanOrEqual(CARD_SIDE_MAX_BYTES);
  });

  it('counts UTF-8 bytes, not characters, and never splits a character', () => {
    const text = 'Ödem 🫀 '.repeat(3000);
    const fitted = fitCardSide(text);
    expect(fitted.text.length).toBeLessThan(CARD_SIDE_MAX_BYTES);
    expect(utf8Bytes(fitted.text)).toBeLessThanOrEqual(CARD_SIDE_MAX_BYTES);
    expect(fitted.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('makes a saveable draft from a very long answer and says which side was cut', () => {
    const answer = Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const draft = draftFromAnswer('Why does insulin lower potassium?', answer, 7);
    expect(draft.cutToFit).toEqual(['back']);
    expect(validateDraft(draft, t)).toEqual({});
    expect(draftFromAnswer('Q?', 'Short answer.', 7).cutToFit).toBeUndefined();
  });

  it('refuses a hand-edited side over 20 KB of UTF-8 even when it has fewer characters', () => {
    const draft = draftFromAnswer('Q?', 'short', 1);
    expect(validateDraft({ ...draft, back: 'é'.repeat(15_000) }, t).back).toMatch(/20 kB/);
  });
});
