// Small display formatters shared by chat and settings.

/** Timestamps are epoch milliseconds; values that look like seconds are scaled up to be safe. */
function toMillis(timestamp: number): number {
  return timestamp < 1e12 ? timestamp * 1000 : timestamp;
}

export function formatTokensPerSecond(value: number): string {
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} tok/s`;
}

/** "just now", "5 min ago", "3 h ago", "yesterday", or a short date. */
export function formatRelativeTime(timestamp: number, now: number = Date.now()): string {
  const diff = Math.max(0, now - toMillis(timestamp));
  const minute = 60_000;
  const hour = 60 * minute;
  if (diff < minute) return 'just now';
  if (diff < hour) return `${Math.floor(diff / minute)} min ago`;
  if (diff < 24 * hour) return `${Math.floor(diff / hour)} h ago`;
  if (diff < 48 * hour) return 'yesterday';
  return new Date(toMillis(timestamp)).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

export function formatTimestamp(timestamp: number): string {
  return new Date(toMillis(timestamp)).toLocaleString();
}
