// The Intl formatters in English, German, Spanish and French: numbers, sizes, rates, durations, dates and
// relative times come out in the UI language, never a mix.
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatBytesPerSecond,
  formatDate,
  formatDuration,
  formatMemory,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTimestamp,
  formatTokensPerSecond,
} from '../../../renderer/src/lib/format';

/** Intl puts no-break and narrow no-break spaces where a line must not break; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const LANGS = ['en', 'de', 'es', 'fr'] as const;
type Lang = (typeof LANGS)[number];

function each(expected: Record<Lang, string>, format: (locale: Lang) => string) {
  for (const locale of LANGS) expect(plain(format(locale)), locale).toBe(expected[locale]);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('numbers', () => {
  it('groups thousands the local way', () => {
    each({ en: '2,048', de: '2.048', es: '2048', fr: '2 048' }, (l) => formatNumber(2048, l));
    each({ en: '1,234,567', de: '1.234.567', es: '1.234.567', fr: '1 234 567' }, (l) => formatNumber(1_234_567, l));
  });

  it('writes percentages and generation speed with the local decimal sign', () => {
    each({ en: '85%', de: '85 %', es: '85 %', fr: '85 %' }, (l) => formatPercent(0.85, l));
    each({ en: '12.3 tok/s', de: '12,3 tok/s', es: '12,3 tok/s', fr: '12,3 tok/s' }, (l) =>
      formatTokensPerSecond(12.345, l),
    );
    each({ en: '154 tok/s', de: '154 tok/s', es: '154 tok/s', fr: '154 tok/s' }, (l) =>
      formatTokensPerSecond(154.2, l),
    );
    each({ en: '8.0 tok/s', de: '8,0 tok/s', es: '8,0 tok/s', fr: '8,0 tok/s' }, (l) => formatTokensPerSecond(8, l));
  });
});

describe('sizes', () => {
  it('uses decimal units with local symbols (Mo and Go in French)', () => {
    each({ en: '668.8 MB', de: '668,8 MB', es: '668,8 MB', fr: '668,8 Mo' }, (l) => formatBytes(668_800_000, l));
    each({ en: '1.23 GB', de: '1,23 GB', es: '1,23 GB', fr: '1,23 Go' }, (l) => formatBytes(1_234_000_000, l));
    each({ en: '12 kB', de: '12 kB', es: '12 kB', fr: '12 ko' }, (l) => formatBytes(12_300, l));
    each({ en: '5.0 MB', de: '5,0 MB', es: '5,0 MB', fr: '5,0 Mo' }, (l) => formatBytes(5_000_000, l));
    each({ en: '1.20 GB', de: '1,20 GB', es: '1,20 GB', fr: '1,20 Go' }, (l) => formatBytes(1_200_000_000, l));
    each({ en: '512 bytes', de: '512 Byte', es: '512 bytes', fr: '512 octets' }, (l) => formatBytes(512, l));
  });

  it('writes memory in binary gigabytes, as the operating system does', () => {
    each({ en: '8.0 GB', de: '8,0 GB', es: '8,0 GB', fr: '8,0 Go' }, (l) => formatMemory(8 * 1024 ** 3, l));
    each({ en: '1.2 GB', de: '1,2 GB', es: '1,2 GB', fr: '1,2 Go' }, (l) => formatMemory(1_288_490_189, l));
  });

  it('writes transfer speeds per second', () => {
    each({ en: '4.1 MB/s', de: '4,1 MB/s', es: '4,1 MB/s', fr: '4,1 Mo/s' }, (l) => formatBytesPerSecond(4_100_000, l));
    each({ en: '350 kB/s', de: '350 kB/s', es: '350 kB/s', fr: '350 ko/s' }, (l) => formatBytesPerSecond(350_000, l));
  });
});

describe('durations (review intervals, waits)', () => {
  it('abbreviates minutes and hours, spells out days, months and years', () => {
    each({ en: '< 1 min', de: '< 1 Min.', es: '< 1 min', fr: '< 1 min' }, (l) => formatDuration(20_000, l));
    each({ en: '10 min', de: '10 Min.', es: '10 min', fr: '10 min' }, (l) => formatDuration(10 * MINUTE, l));
    each({ en: '3 hr', de: '3 Std.', es: '3 h', fr: '3 h' }, (l) => formatDuration(3 * HOUR, l));
    each({ en: '1 day', de: '1 Tag', es: '1 día', fr: '1 jour' }, (l) => formatDuration(DAY, l));
    each({ en: '8 days', de: '8 Tage', es: '8 días', fr: '8 jours' }, (l) => formatDuration(8 * DAY, l));
    each({ en: '2 months', de: '2 Monate', es: '2 meses', fr: '2 mois' }, (l) => formatDuration(61 * DAY, l));
    each({ en: '1.5 years', de: '1,5 Jahre', es: '1,5 años', fr: '1,5 an' }, (l) => formatDuration(548 * DAY, l));
  });

  it('spells minutes and hours out in running text', () => {
    each({ en: '10 minutes', de: '10 Minuten', es: '10 minutos', fr: '10 minutes' }, (l) =>
      formatDuration(10 * MINUTE, l, { style: 'long' }),
    );
    each({ en: '1 hour', de: '1 Stunde', es: '1 hora', fr: '1 heure' }, (l) =>
      formatDuration(HOUR, l, { style: 'long' }),
    );
  });

  it('never writes a minute and a month alike', () => {
    const unitOf = (text: string) => plain(text).replace(/[\d.,\s]/g, '');
    for (const locale of LANGS) {
      expect(unitOf(formatDuration(MINUTE, locale)), locale).not.toBe(unitOf(formatDuration(31 * DAY, locale)));
      expect(unitOf(formatDuration(2 * MINUTE, locale)), locale).not.toBe(unitOf(formatDuration(60 * DAY, locale)));
    }
  });

  it('rounds at the unit boundaries instead of writing "60 min" or "24 hr"', () => {
    expect(formatDuration(59.6 * MINUTE, 'en')).toBe('1 hr');
    expect(formatDuration(23.6 * HOUR, 'en')).toBe('1 day');
    expect(formatDuration(59_000, 'en')).toBe('< 1 min');
    expect(formatDuration(Number.POSITIVE_INFINITY, 'en')).toBe('< 1 min');
  });
});

describe('dates and relative times', () => {
  // Built from local fields, so the calendar day is the same in any time zone the tests run in.
  const now = new Date(2026, 9, 27, 15, 0).getTime();

  it('writes a calendar date and a date with time', () => {
    each({ en: 'Oct 24, 2026', de: '24. Okt. 2026', es: '24 oct 2026', fr: '24 oct. 2026' }, (l) =>
      formatDate(new Date(2026, 9, 24, 9, 30).getTime(), l),
    );
    each(
      { en: 'Oct 27, 2026, 2:05 PM', de: '27.10.2026, 14:05', es: '27 oct 2026, 14:05', fr: '27 oct. 2026, 14:05' },
      (l) => formatTimestamp(new Date(2026, 9, 27, 14, 5).getTime(), l),
    );
  });

  it('says now, minutes and hours ago, yesterday, then the date', () => {
    each({ en: 'now', de: 'jetzt', es: 'ahora', fr: 'maintenant' }, (l) => formatRelativeTime(now - 5_000, now, l));
    each({ en: '5 minutes ago', de: 'vor 5 Minuten', es: 'hace 5 minutos', fr: 'il y a 5 minutes' }, (l) =>
      formatRelativeTime(now - 5 * MINUTE, now, l),
    );
    each({ en: '3 hours ago', de: 'vor 3 Stunden', es: 'hace 3 horas', fr: 'il y a 3 heures' }, (l) =>
      formatRelativeTime(now - 3 * HOUR, now, l),
    );
    const yesterdayMorning = new Date(2026, 9, 26, 9, 0).getTime();
    each({ en: 'yesterday', de: 'gestern', es: 'ayer', fr: 'hier' }, (l) =>
      formatRelativeTime(yesterdayMorning, now, l),
    );
    each({ en: 'Oct 24, 2026', de: '24. Okt. 2026', es: '24 oct 2026', fr: '24 oct. 2026' }, (l) =>
      formatRelativeTime(new Date(2026, 9, 24, 18, 0).getTime(), now, l),
    );
  });

  it('counts hours across midnight, tolerates seconds and a clock running ahead', () => {
    const afterMidnight = new Date(2026, 9, 27, 0, 30).getTime();
    expect(formatRelativeTime(afterMidnight - 90 * MINUTE, afterMidnight, 'en')).toBe('1 hour ago');
    expect(formatRelativeTime(now / 1000 - 2 * 3600, now, 'en')).toBe('2 hours ago');
    expect(formatRelativeTime(now + 10 * MINUTE, now, 'en')).toBe('now');
  });
});
