// Today's review counts, the last 30 days as a chart, overall retention and the desired-retention setting.
import type { ReviewStats } from '../../../../../preload/contract/features/review';
import { ReviewChart } from './ReviewChart';
import { RetentionSetting } from './RetentionSetting';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex flex-col">
      <span className="text-lg font-semibold tabular-nums">{value}</span>
      <span className="text-xs text-muted">{label}</span>
    </div>
  );
}

export function ReviewStatsPanel({
  stats,
  onSettingsChanged,
}: {
  stats: ReviewStats | null;
  onSettingsChanged(): void;
}) {
  return (
    <aside
      data-testid="review-stats"
      className="flex shrink-0 flex-col gap-4 border-slate-200 bg-white p-4 max-lg:border-t lg:w-80 lg:border-l dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="text-sm font-semibold">Today</h2>
      {stats ? (
        <>
          <div className="grid grid-cols-4 gap-2" data-testid="review-stats-today">
            <Count label="reviewed" value={stats.today.reviewed} />
            <Count label="again" value={stats.today.again} />
            <Count label="new" value={stats.today.newLearned} />
            <Count label="due" value={stats.today.dueLeft} />
          </div>
          <h2 className="text-sm font-semibold">Last {stats.days.length} days</h2>
          <ReviewChart days={stats.days} />
          <p className="text-xs text-slate-600 dark:text-slate-300">
            True retention:{' '}
            <span data-testid="review-retention">
              {stats.retention === null ? '—' : `${Math.round(stats.retention * 100)}%`}
            </span>
          </p>
        </>
      ) : (
        <p className="text-sm text-muted">Loading…</p>
      )}
      <RetentionSetting onChanged={onSettingsChanged} />
    </aside>
  );
}
