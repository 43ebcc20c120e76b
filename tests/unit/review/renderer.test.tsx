// Review UI pieces rendered to markup: rating buttons with intervals, the card before/after reveal, the chart.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import type { DayStats } from '../../../preload/contract/features/review';
import { RatingButtons } from '../../../renderer/src/features/review/components/RatingButtons';
import { ReviewCard } from '../../../renderer/src/features/review/components/ReviewCard';
import { ReviewChart } from '../../../renderer/src/features/review/components/ReviewChart';
import { formatWait, gradeForKey } from '../../../renderer/src/features/review/state/labels';

const noop = () => undefined;
const card: FlashCard = {
  id: 7,
  deckId: 1,
  noteType: 'basic',
  format: 'text',
  front: 'Normal serum K+?',
  back: '3.5–5.0 mmol/L',
  tags: [],
  sourceMessageId: null,
  noteId: null,
  suspended: false,
  createdAt: 0,
  updatedAt: 0,
  due: 0,
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
  lastReview: null,
};
const previews = [
  { rating: 1 as const, due: 1, interval: '1m' },
  { rating: 2 as const, due: 2, interval: '6m' },
  { rating: 3 as const, due: 3, interval: '10m' },
  { rating: 4 as const, due: 4, interval: '8d' },
];

describe('review UI', () => {
  it('maps only the keys 1–4 to grades and words the wait until the next card', () => {
    expect(['1', '2', '3', '4', '5', ' ', 'a'].map(gradeForKey)).toEqual([1, 2, 3, 4, null, null, null]);
    expect(formatWait(30_000)).toBe('< 1 minute');
    expect(formatWait(60_000)).toBe('1 minute');
    expect(formatWait(10 * 60_000)).toBe('10 minutes');
    expect(formatWait(3 * 24 * 60 * 60_000)).toBe('3 days');
    expect(formatWait(10 * 60_000, 'de')).toBe('10 Minuten');
  });

  it('shows each rating with the interval it gives', () => {
    const html = renderToStaticMarkup(<RatingButtons previews={previews} onRate={noop} />);
    for (const [grade, label, interval] of [
      [1, 'Again', '1m'],
      [2, 'Hard', '6m'],
      [3, 'Good', '10m'],
      [4, 'Easy', '8d'],
    ] as const) {
      expect(html).toContain(`data-testid="review-rate-${grade}"`);
      expect(html).toContain(label);
      expect(html).toMatch(new RegExp(`data-testid="review-interval-${grade}"[^>]*>${interval}<`));
    }
  });

  it('hides the back and the ratings until the card is revealed', () => {
    const props = { card, previews, onReveal: noop, onRate: noop, onExplain: noop, explaining: false };
    const hidden = renderToStaticMarkup(<ReviewCard {...props} revealed={false} />);
    expect(hidden).toContain('Normal serum K+?');
    expect(hidden).toContain('data-testid="review-reveal"');
    expect(hidden).not.toContain('3.5–5.0');
    expect(hidden).not.toContain('review-rate-1');
    const shown = renderToStaticMarkup(<ReviewCard {...props} revealed />);
    expect(shown).toContain('data-testid="review-card-back"');
    expect(shown).toContain('3.5–5.0 mmol/L');
    expect(shown).toContain('review-rate-4');
    expect(shown).toContain('data-testid="review-explain"');
  });

  it('draws one bar per day and a retention line through the days that have one', () => {
    const days: DayStats[] = [
      { day: '2026-03-08', reviews: 0, again: 0, retention: null },
      { day: '2026-03-09', reviews: 4, again: 1, retention: 0.5 },
      { day: '2026-03-10', reviews: 2, again: 0, retention: 1 },
    ];
    const html = renderToStaticMarkup(<ReviewChart days={days} />);
    expect(html.split('<rect').length - 1).toBe(3);
    // Tallest bar (4 reviews) fills the 80-unit height; retention 0.5 sits at mid-height.
    expect(html).toContain('height="80"');
    expect(html).toContain('points="150,40 250,0"');
    expect(html).toContain('2026-03-09: 4 reviews, 50% retained');
  });

  it('says what the chart will show instead of drawing an empty frame when no day has reviews', () => {
    const days: DayStats[] = [
      { day: '2026-03-08', reviews: 0, again: 0, retention: null },
      { day: '2026-03-09', reviews: 0, again: 0, retention: null },
    ];
    const html = renderToStaticMarkup(<ReviewChart days={days} />);
    expect(html).not.toContain('<svg');
    expect(html).toContain('data-testid="review-chart-empty"');
    expect(html).toContain('No reviews in these days yet');
  });
});
