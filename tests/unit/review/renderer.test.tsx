// Review UI pieces rendered to markup: rating buttons with intervals, the card before/after reveal, the chart.
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import type { DayStats } from '../../../preload/contract/features/review';
import { RatingButtons } from '../../../renderer/src/features/review/components/RatingButtons';
import { ReviewCard } from '../../../renderer/src/features/review/components/ReviewCard';
import { ReviewChart } from '../../../renderer/src/features/review/components/ReviewChart';
import { ReviewShortcuts } from '../../../renderer/src/features/review/components/ReviewShortcuts';
import { formatWait, gradeForKey } from '../../../renderer/src/features/review/state/labels';
import { i18n } from '../../../renderer/src/i18n';
import { formatDate } from '../../../renderer/src/lib/format';

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
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const previews = [
  { rating: 1 as const, due: 1, intervalMs: MINUTE },
  { rating: 2 as const, due: 2, intervalMs: 6 * MINUTE },
  { rating: 3 as const, due: 3, intervalMs: 10 * MINUTE },
  { rating: 4 as const, due: 4, intervalMs: 8 * DAY },
];

/** Intl puts no-break spaces between a number and its unit; compare them as plain spaces. */
const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, ' ');

/** Each rating button's name and the interval under it, in the order shown. */
function ratings(html: string): [string, string][] {
  const found = [
    ...plain(html).matchAll(/data-testid="review-rate-\d"[^>]*><span>([^<]*)<\/span><span[^>]*>([^<]*)</g),
  ];
  return found.map((match) => [match[1] ?? '', match[2] ?? '']);
}

afterEach(() => i18n.changeLanguage('en'));

describe('review UI', () => {
  it('maps only the keys 1–4 to grades and words the wait until the next card', () => {
    expect(['1', '2', '3', '4', '5', ' ', 'a'].map(gradeForKey)).toEqual([1, 2, 3, 4, null, null, null]);
    expect(formatWait(30_000, 'en')).toBe('in < 1 minute');
    expect(formatWait(60_000, 'en')).toBe('in 1 minute');
    expect(formatWait(10 * 60_000, 'en')).toBe('in 10 minutes');
    expect(formatWait(3 * DAY, 'en')).toBe('in 3 days');
    // The preposition's case: "in 8 Tagen", not "in 8 Tage".
    expect(formatWait(8 * DAY, 'de')).toBe('in 8 Tagen');
    expect(formatWait(10 * 60_000, 'fr')).toBe('dans 10 minutes');
    expect(formatWait(2 * 60 * MINUTE, 'es')).toBe('dentro de 2 horas');
  });

  it('shows each rating with the interval it gives, never a bare "1m" (minute or month?)', () => {
    const html = renderToStaticMarkup(<RatingButtons previews={previews} onRate={noop} />);
    expect(ratings(html)).toEqual([
      ['Again', '1 min'],
      ['Hard', '6 min'],
      ['Good', '10 min'],
      ['Easy', '8 days'],
    ]);
    expect(html).toContain('aria-label="Rate your answer"');
    expect(html).toContain('title="Good (key 3)"');
  });

  it('names the ratings and spells the intervals in German and French', async () => {
    await i18n.changeLanguage('de');
    const german = renderToStaticMarkup(<RatingButtons previews={previews} onRate={noop} />);
    expect(ratings(german)).toEqual([
      ['Nochmal', '1 Min.'],
      ['Schwer', '6 Min.'],
      ['Gut', '10 Min.'],
      ['Einfach', '8 Tage'],
    ]);
    expect(german).toContain('aria-label="Bewerten Sie Ihre Antwort"');
    expect(german).toContain('title="Gut (Taste 3)"');

    await i18n.changeLanguage('fr');
    const french = renderToStaticMarkup(<RatingButtons previews={previews} onRate={noop} />);
    expect(ratings(french)).toEqual([
      ['À revoir', '1 min'],
      ['Difficile', '6 min'],
      ['Correct', '10 min'],
      ['Facile', '8 jours'],
    ]);
    expect(french).toContain('title="Correct (touche 3)"');
  });

  it("lists Review's keys in the UI language, naming each rating as its button does", async () => {
    await i18n.changeLanguage('de');
    const legend = renderToStaticMarkup(<ReviewShortcuts />);
    for (const text of ['Tastenkürzel', '>Leertaste<', '>Antwort zeigen<', '>Strg<', 'Letzte Bewertung rückgängig']) {
      expect(legend).toContain(text);
    }
    expect(legend).not.toContain('Space');
    const names = ratings(renderToStaticMarkup(<RatingButtons previews={previews} onRate={noop} />)).map(
      ([name]) => name,
    );
    for (const [i, name] of names.entries()) expect(legend).toContain(`>${i + 1}</kbd></dt><dd>${name}</dd>`);
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
    const day = formatDate(new Date(2026, 2, 9).getTime(), 'en');
    expect(html).toContain(`${day}: 4 reviews, 50% retained`);
    expect(html).toContain('aria-label="Reviews per day for the last 3 days, with retention"');
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
