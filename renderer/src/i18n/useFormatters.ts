// The lib/format.ts formatters bound to the UI language, for components: they re-render when it changes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatBytes,
  formatBytesPerSecond,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTimestamp,
  formatTokensPerSecond,
  type DurationOptions,
} from '../lib/format';

export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
      percent: (ratio: number, fractionDigits?: number) => formatPercent(ratio, locale, fractionDigits),
      bytes: (bytes: number) => formatBytes(bytes, locale),
      bytesPerSecond: (bytesPerSecond: number) => formatBytesPerSecond(bytesPerSecond, locale),
      duration: (ms: number, options?: DurationOptions) => formatDuration(ms, locale, options),
      date: (timestamp: number) => formatDate(timestamp, locale),
      timestamp: (timestamp: number) => formatTimestamp(timestamp, locale),
      relativeTime: (timestamp: number, now?: number) => formatRelativeTime(timestamp, now, locale),
      tokensPerSecond: (value: number) => formatTokensPerSecond(value, locale),
    }),
    [locale],
  );
}
