// Display formatters for numbers, dates, relative times, sizes, durations and rates, all through Intl in the UI
// language. Each takes the locale last and defaults to the UI language, so tests call them with any locale.
import { formatLocale } from '../i18n/format-locale';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Timestamps are epoch milliseconds; values that look like seconds are scaled up to be safe. */
function toMillis(timestamp: number): number {
  return timestamp < 1e12 ? timestamp * 1000 : timestamp;
}

// Building an Intl formatter costs far more than using one, and lists format hundreds of values.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** "2,048" in English, "2.048" in German, "2 048" in French. */
export function formatNumber(value: number, locale = formatLocale(), options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** A share from 0 to 1 as a percentage: "85%", "85 %" in German and French. */
export function formatPercent(ratio: number, locale = formatLocale(), fractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(ratio);
}

/** Generation speed: one decimal under 100 ("12.3 tok/s", "12,3 tok/s"), whole numbers above ("154 tok/s"). */
export function formatTokensPerSecond(value: number, locale = formatLocale()): string {
  const digits = value >= 100 ? 0 : 1;
  return `${formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} tok/s`;
}

/** A number with its unit through Intl; `fixed` keeps the decimals ("5.0 MB") so a running figure does not jitter. */
function unit(
  value: number,
  locale: string,
  unitName: string,
  display: 'short' | 'long',
  digits = 0,
  fixed = false,
): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: unitName,
    unitDisplay: display,
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: digits,
  }).format(value);
}

/** File and memory sizes in decimal units: "12 kB", "668.8 MB", "1.20 GB" ("668,8 Mo" in French). */
export function formatBytes(bytes: number, locale = formatLocale()): string {
  if (bytes < 1e3) return unit(bytes, locale, 'byte', 'long');
  if (bytes < 1e6) return unit(bytes / 1e3, locale, 'kilobyte', 'short');
  if (bytes < 1e9) return unit(bytes / 1e6, locale, 'megabyte', 'short', 1, true);
  return unit(bytes / 1e9, locale, 'gigabyte', 'short', 2, true);
}

/** Memory (RAM, VRAM) as operating systems show it: binary multiples labelled GB, one decimal ("8.0 GB"). */
export function formatMemory(bytes: number, locale = formatLocale()): string {
  return unit(bytes / 1024 ** 3, locale, 'gigabyte', 'short', 1, true);
}

/** Transfer speed: "350 kB/s", "4.1 MB/s" ("4,1 Mo/s"). */
export function formatBytesPerSecond(bytesPerSecond: number, locale = formatLocale()): string {
  if (bytesPerSecond < 1e6) return unit(bytesPerSecond / 1e3, locale, 'kilobyte-per-second', 'short');
  if (bytesPerSecond < 1e9) return unit(bytesPerSecond / 1e6, locale, 'megabyte-per-second', 'short', 1, true);
  return unit(bytesPerSecond / 1e9, locale, 'gigabyte-per-second', 'short', 2, true);
}

export interface DurationOptions {
  /**
   * 'short' (default) abbreviates minutes and hours ("10 min", "3 hr"); 'long' spells them out ("10 minutes")
   * for running text. Days, months and years are always spelled out, so a minute is never read as a month.
   */
  style?: 'short' | 'long';
}

/**
 * A length of time in the one unit that reads best: "< 1 min", "10 min", "3 hr", "8 days", "2 months",
 * "1.5 years". Review intervals, waits until the next card and download times all use it.
 */
export function formatDuration(ms: number, locale = formatLocale(), options: DurationOptions = {}): string {
  const small = options.style ?? 'short';
  if (!Number.isFinite(ms) || ms < MINUTE) return `< ${unit(1, locale, 'minute', small)}`;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return unit(minutes, locale, 'minute', small);
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return unit(hours, locale, 'hour', small);
  const days = Math.round(ms / DAY);
  if (days < 30) return unit(days, locale, 'day', 'long');
  const months = Math.round(ms / MONTH);
  if (months < 12) return unit(months, locale, 'month', 'long');
  return unit(ms / YEAR, locale, 'year', 'long', 1);
}

/**
 * When something will happen, for running text: "in 10 minutes", "in 8 Tagen", "dentro de 3 horas", "dans 2 mois".
 * Intl.RelativeTimeFormat declines the unit as the preposition needs (German "in 8 Tagen", not "in 8 Tage").
 * Same units and rounding as formatDuration; under a minute reads "in < 1 minute".
 */
export function formatTimeUntil(ms: number, locale = formatLocale()): string {
  const rtf = futureFormat(locale);
  if (!Number.isFinite(ms) || ms < MINUTE) return rtf.format(1, 'minute').replace(/1/, '< 1');
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return rtf.format(hours, 'hour');
  const days = Math.round(ms / DAY);
  if (days < 30) return rtf.format(days, 'day');
  const months = Math.round(ms / MONTH);
  if (months < 12) return rtf.format(months, 'month');
  return rtf.format(Math.round((ms / YEAR) * 10) / 10, 'year');
}

/** A list of counted things as the language lists them: "2 decks, 30 cards" / "2 Stapel und 30 Karten". */
export function formatList(items: readonly string[], locale = formatLocale()): string {
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(items);
}

const futureFormats = new Map<string, Intl.RelativeTimeFormat>();
function futureFormat(locale: string): Intl.RelativeTimeFormat {
  let format = futureFormats.get(locale);
  if (format === undefined) {
    // numeric 'always': "in 1 day", never "tomorrow", which would read as a calendar date.
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
    futureFormats.set(locale, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date: "Oct 27, 2026", "27. Okt. 2026", "27 oct 2026", "27 oct. 2026". */
export function formatDate(timestamp: number, locale = formatLocale()): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(toMillis(timestamp));
}

/** Date and time: "Oct 27, 2026, 2:05 PM", "27.10.2026, 14:05". */
export function formatTimestamp(timestamp: number, locale = formatLocale()): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(toMillis(timestamp));
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (format === undefined) {
    // numeric 'auto' gives the idiomatic words: "now", "yesterday" / "jetzt", "gestern" / "ahora", "ayer".
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    relativeFormats.set(locale, format);
  }
  return format;
}

function startOfDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * How long ago, in the UI language: "now", "5 minutes ago", "3 hours ago" (today, or within the last 12 hours),
 * "yesterday" (the calendar day before), then the date ("Oct 27, 2026").
 */
export function formatRelativeTime(timestamp: number, now: number = Date.now(), locale = formatLocale()): string {
  const then = toMillis(timestamp);
  const diff = Math.max(0, now - then);
  const rtf = relativeFormat(locale);
  if (diff < MINUTE) return rtf.format(0, 'second');
  if (diff < HOUR) return rtf.format(-Math.floor(diff / MINUTE), 'minute');
  const today = startOfDay(now);
  if (diff < 12 * HOUR || then >= today) return rtf.format(-Math.floor(diff / HOUR), 'hour');
  // The day before today's midnight, found through the calendar so a daylight-saving change cannot shift it.
  if (then >= startOfDay(today - 1)) return rtf.format(-1, 'day');
  return formatDate(then, locale);
}
