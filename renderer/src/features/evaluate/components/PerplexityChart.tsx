// Bar chart of one base / base + adapter pair: answer-only and whole-sequence perplexity, labelled values.
import { useFormatters, useTranslation } from '../../../i18n';
import type { PlottedPair } from '../state/evaluateState';
import { chartDescription } from '../state/chartDescription';
import { METRIC_KEYS, VARIANT_KEYS, chartLayout, formatPerplexity, formatTick } from '../state/chartLayout';

const BAR_CLASS = {
  base: 'fill-slate-400 dark:fill-slate-500',
  adapter: 'fill-teal-600 dark:fill-teal-500',
} as const;

export function PerplexityChart({ pair }: { pair: PlottedPair }) {
  const { t } = useTranslation('evaluate');
  const fmt = useFormatters();
  const layout = chartLayout(pair);
  const description = chartDescription(t, pair, fmt.locale);
  const { plot } = layout;
  return (
    <figure data-testid="evaluation-chart" className="flex max-w-xl flex-col gap-2">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full text-slate-600 dark:text-slate-300"
        role="img"
        aria-label={description}
      >
        <title>{description}</title>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={plot.left}
              x2={plot.right}
              y1={tick.y}
              y2={tick.y}
              className="stroke-slate-200 dark:stroke-slate-700"
            />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {formatTick(tick.value, fmt.locale)}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g
            key={`${bar.metric}-${bar.variant}`}
            data-testid="chart-bar"
            data-metric={bar.metric}
            data-variant={bar.variant}
          >
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} className={BAR_CLASS[bar.variant]} />
            <text
              data-testid="chart-value"
              data-value={bar.value}
              x={bar.x + bar.width / 2}
              y={bar.y - 6}
              textAnchor="middle"
              fontSize={12}
              fontWeight={600}
              fill="currentColor"
            >
              {formatPerplexity(bar.value, fmt.locale)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-slate-400" />
        {layout.groups.map((group) => (
          <text
            key={group.metric}
            x={group.centerX}
            y={plot.bottom + 20}
            textAnchor="middle"
            fontSize={12}
            fill="currentColor"
          >
            {t(METRIC_KEYS[group.metric])}
          </text>
        ))}
      </svg>
      <figcaption className="flex gap-4 text-xs text-slate-600 dark:text-slate-300">
        {(['base', 'adapter'] as const).map((variant) => (
          <span key={variant} className="inline-flex items-center gap-1.5">
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" rx="2" className={BAR_CLASS[variant]} />
            </svg>
            {t(VARIANT_KEYS[variant])}
            {pair[variant] === null && ` ${t('chart.notMeasuredTag')}`}
          </span>
        ))}
        <span className="ml-auto">{t('chart.legend')}</span>
      </figcaption>
    </figure>
  );
}
