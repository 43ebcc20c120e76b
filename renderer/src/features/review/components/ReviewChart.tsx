// Reviews per day as bars, with true retention as a line (inline SVG, no chart library).
import type { DayStats } from '../../../../../preload/contract/features/review';
import { useFormatters, useTranslation } from '../../../i18n';

const WIDTH = 300;
const HEIGHT = 80;

/** A stats day ("2026-03-09", the local calendar day) as a timestamp at its local midnight, for the date formatter. */
export function dayTimestamp(day: string): number {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return new Date(year, month - 1, date).getTime();
}

export function ReviewChart({ days }: { days: DayStats[] }) {
  const { t } = useTranslation('review');
  const fmt = useFormatters();
  if (days.length === 0) return null;
  // An empty frame says nothing; say what will be drawn once there are reviews.
  if (days.every((d) => d.reviews === 0)) {
    return (
      <p data-testid="review-chart-empty" className="text-xs text-slate-600 dark:text-slate-300">
        {t('chart.empty')}
      </p>
    );
  }
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const slot = WIDTH / days.length;
  const points = days
    .map((d, i) => (d.retention === null ? null : `${i * slot + slot / 2},${HEIGHT - d.retention * HEIGHT}`))
    .filter((p): p is string => p !== null);
  const dayTitle = (d: DayStats) => {
    const values = { day: fmt.date(dayTimestamp(d.day)), count: d.reviews };
    return d.retention === null
      ? t('chart.day', values)
      : t('chart.dayRetained', { ...values, percent: fmt.percent(d.retention) });
  };
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-20 w-full"
      role="img"
      aria-label={t('chart.label', { count: days.length })}
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
            <title>{dayTitle(d)}</title>
          </rect>
        );
      })}
      {points.length > 1 && (
        <polyline points={points.join(' ')} fill="none" strokeWidth={1.5} className="stroke-amber-500" />
      )}
    </svg>
  );
}
