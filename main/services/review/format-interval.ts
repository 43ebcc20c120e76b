// Human-readable review intervals for the rating buttons ("<1m", "10m", "3h", "4d", "2mo", "1.5y").

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Formats the time from now until a due date; anything under a minute reads "<1m". */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  if (ms < MONTH) return `${Math.round(ms / DAY)}d`;
  if (ms < YEAR) return `${Math.round(ms / MONTH)}mo`;
  // One decimal for years ("1.5y"), but no trailing ".0".
  return `${Number((ms / YEAR).toFixed(1))}y`;
}
