// Reviews per day as bars, with true retention as a line (inline SVG, no chart library).
import type { DayStats } from '../../../../../preload/contract/features/review';

const WIDTH = 300;
const HEIGHT = 80;

export function ReviewChart({ days }: { days: DayStats[] }) {
  if (days.length === 0) return null;
  // An empty frame says nothing; say what will be drawn once there are reviews.
  if (days.every((d) => d.reviews === 0)) {
    return (
      <p data-testid="review-chart-empty" className="text-xs text-slate-600 dark:text-slate-300">
        No reviews in these days yet. Each day you review, a bar shows how many cards you rated, and a line shows how
        many you remembered.
      </p>
    );
  }
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const slot = WIDTH / days.length;
  const points = days
    .map((d, i) => (d.retention === null ? null : `${i * slot + slot / 2},${HEIGHT - d.retention * HEIGHT}`))
    .filter((p): p is string => p !== null);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-20 w-full"
      role="img"
      aria-label={`Reviews per day for the last ${days.length} days, with retention`}
    >
      {days.map((d, i) => {
        const h = (d.reviews / max) * HEIGHT;
        return (
          <rect
            key={d.day}
            x={i * slot + 1}
            y={HEIGHT - h}
            width={Math.max(1, slot - 2)}
            height={h}
            className="fill-teal-600/70 dark:fill-teal-500/70"
          >
            <title>{`${d.day}: ${d.reviews} reviews${d.retention === null ? '' : `, ${Math.round(d.retention * 100)}% retained`}`}</title>
          </rect>
        );
      })}
      {points.length > 1 && (
        <polyline points={points.join(' ')} fill="none" strokeWidth={1.5} className="stroke-amber-500" />
      )}
    </svg>
  );
}
