// Today's review counts, the last 30 days as a chart, overall retention and the desired-retention setting.
import type { ReviewStats } from '../../../../../preload/contract/features/review';
import { useFormatters, useTranslation } from '../../../i18n';
import { ReviewChart } from './ReviewChart';
import { RetentionSetting } from './RetentionSetting';

function Count({ label, value }: { label: string; value: number }) {
  const fmt = useFormatters();
  return (
    <div className="flex flex-col">
      <span className="text-lg font-semibold tabular-nums">{fmt.number(value)}</span>
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
  const { t } = useTranslation('review');
  const fmt = useFormatters();
  return (
    <aside
      data-testid="review-stats"
      className="flex shrink-0 flex-col gap-4 border-slate-200 bg-white p-4 max-lg:border-t lg:w-80 lg:border-l dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="text-sm font-semibold">{t('stats.today')}</h2>
      {stats ? (
        <>
          <div className="grid grid-cols-4 gap-2" data-testid="review-stats-today">
            <Count label={t('stats.reviewed')} value={stats.today.reviewed} />
            <Count label={t('stats.again')} value={stats.today.again} />
            <Count label={t('stats.new')} value={stats.today.newLearned} />
            <Count label={t('stats.due')} value={stats.today.dueLeft} />
          </div>
          <h2 className="text-sm font-semibold">{t('stats.lastDays', { count: stats.days.length })}</h2>
          <ReviewChart days={stats.days} />
          <p className="text-xs text-slate-600 dark:text-slate-300">
            {t('stats.trueRetention')}{' '}
            <span data-testid="review-retention">{stats.retention === null ? '—' : fmt.percent(stats.retention)}</span>
          </p>
        </>
      ) : (
        <p className="text-sm text-muted">{t('states.loading', { ns: 'common' })}</p>
      )}
      <RetentionSetting onChanged={onSettingsChanged} />
    </aside>
  );
}
