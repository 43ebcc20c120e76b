// Formatters for running text: "due in …" declined as each language's preposition needs, and lists of counts.
import { describe, expect, it } from 'vitest';
import { formatList, formatTimeUntil } from '../../../renderer/src/lib/format';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('formatTimeUntil', () => {
  it('uses the units and rounding of formatDuration, in a future phrase', () => {
    const cases: [number, Record<'en' | 'de' | 'es' | 'fr', string>][] = [
      [20_000, { en: 'in < 1 minute', de: 'in < 1 Minute', es: 'dentro de < 1 minuto', fr: 'dans < 1 minute' }],
      [10 * MINUTE, { en: 'in 10 minutes', de: 'in 10 Minuten', es: 'dentro de 10 minutos', fr: 'dans 10 minutes' }],
      [3 * 60 * MINUTE, { en: 'in 3 hours', de: 'in 3 Stunden', es: 'dentro de 3 horas', fr: 'dans 3 heures' }],
      [8 * DAY, { en: 'in 8 days', de: 'in 8 Tagen', es: 'dentro de 8 días', fr: 'dans 8 jours' }],
      [61 * DAY, { en: 'in 2 months', de: 'in 2 Monaten', es: 'dentro de 2 meses', fr: 'dans 2 mois' }],
    ];
    for (const [ms, expected] of cases) {
      for (const [locale, text] of Object.entries(expected)) {
        expect(formatTimeUntil(ms, locale).replace(/[\u00a0\u202f]/g, ' '), `${ms} ${locale}`).toBe(text);
      }
    }
  });

  it('says "in 1 day", never "tomorrow"', () => {
    expect(formatTimeUntil(DAY, 'en')).toBe('in 1 day');
  });
});

describe('formatList', () => {
  it('lists counts the way each language does', () => {
    const items = ['2 a', '9 b', '1 c'];
    expect(formatList(items, 'en')).toBe('2 a, 9 b, 1 c');
    expect(formatList(items, 'de')).toBe('2 a, 9 b und 1 c');
    expect(formatList(items, 'es')).toBe('2 a, 9 b y 1 c');
    expect(formatList(items, 'fr')).toBe('2 a, 9 b et 1 c');
  });
});
