// dedupeAgainst, the cloze checker's messages, the input cap, and hostile inputs that must stay fast.
import { describe, expect, it } from 'vitest';
import {
  CardParseError,
  checkCloze,
  dedupeAgainst,
  MAX_CARD_INPUT_CHARS,
  parseCards,
  type ParsedCard,
} from '../../../../main/services/flashcards/parse';

const card = (front: string): ParsedCard => ({ front, back: 'b', type: 'basic' });

describe('dedupeAgainst', () => {
  it('drops cards already in the deck (case/space-insensitive) and duplicates among themselves', () => {
    const cards = [card('What is X?'), card('New one?'), card('new   ONE?'), card('Other?')];
    expect(dedupeAgainst(cards, ['  what is x? ', 'Unrelated'])).toEqual([card('New one?'), card('Other?')]);
  });

  it('keeps everything when the deck is empty and does not modify its input', () => {
    const cards = [card('A?'), card('B?')];
    expect(dedupeAgainst(cards, new Set<string>())).toEqual(cards);
    expect(cards).toHaveLength(2);
  });
});

describe('checkCloze', () => {
  it('accepts deletions with hints and lower-cases the C', () => {
    expect(checkCloze('{{C2::x::hint}} and {{c1::y}}')).toEqual({ ok: true, text: '{{c2::x::hint}} and {{c1::y}}' });
  });

  it.each([
    ['{{c1::open', /not closed/],
    ['a }} b {{c1::x}}', /without a matching/],
    ['{{x::y}}', /is not "\{\{c<number>::"/],
    ['{{c0::y}}', /1 or more/],
    ['{{c1::  }}', /no text/],
    ['{{c1::a::}}', /must be/],
    ['plain text', /no \{\{c1::/],
  ])('%s is rejected with a reason', (text, reason) => {
    const result = checkCloze(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('limits and hostile input', () => {
  it('rejects input over the cap with a clear error', () => {
    expect(() => parseCards('x'.repeat(MAX_CARD_INPUT_CHARS + 1))).toThrow(CardParseError);
    expect(() => parseCards('x'.repeat(MAX_CARD_INPUT_CHARS + 1))).toThrow(/1,000,001 characters.*at most 1,000,000/);
  });

  const hostile: Array<[string, string]> = [
    ['nested brackets', '['.repeat(200_000)],
    ['open objects', '{"front": '.repeat(20_000)],
    ['unclosed cloze openers', '{{c1::'.repeat(33_000)],
    ['labels on one line', 'Q: x? A: '.repeat(22_000)],
    ['question marks and dashes', '1. ?'.repeat(10_000) + '? -'.repeat(40_000)],
    ['spaces and stars', '** '.repeat(66_000) + 'Q:'],
    ['many short cards', 'Q: What is item?\nA: ok\n'.repeat(9_000)],
    ['many JSON cards', '{"front": "q?", "back": "a"},'.repeat(7_000)],
  ];

  it.each(hostile)('%s (about 200 KB) parses quickly', (_name, text) => {
    expect(text.length).toBeGreaterThan(150_000);
    const started = performance.now();
    const cards = parseCards(text);
    // Generous bound for a slow CI core; catastrophic backtracking would take minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(Array.isArray(cards)).toBe(true);
  });

  it('still finds the cards in a large valid input', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `Q: What is item ${i}?\nA: Answer ${i}`).join('\n\n');
    const cards = parseCards(text);
    expect(cards).toHaveLength(5_000);
    expect(cards[4_999]).toEqual({ front: 'What is item 4999?', back: 'Answer 4999', type: 'basic' });
  });
});
