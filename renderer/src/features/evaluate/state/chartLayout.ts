// Geometry of the perplexity bar chart (pure, so it is tested without a DOM): two metric groups,
// one bar per variant in each, on a linear axis from 0 to a round maximum.
import type { EvaluationVariantId } from '../../../../../preload/contract/features/evaluation';
import { formatNumber } from '../../../lib/format';
import type { PlottedPair } from './evaluateState';

export type PerplexityMetric = 'answer' | 'sequence';

/** The metrics' names in the `evaluate` catalog. */
export const METRIC_KEYS = {
  answer: 'metrics.answer',
  sequence: 'metrics.sequence',
} as const satisfies Record<PerplexityMetric, string>;

/** The variants' names in the `evaluate` catalog. */
export const VARIANT_KEYS = {
  base: 'variants.base',
  adapter: 'variants.adapter',
} as const satisfies Record<EvaluationVariantId, string>;

export interface ChartBar {
  metric: PerplexityMetric;
  variant: EvaluationVariantId;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the value axis meets the bars' base line. */
  plot: { left: number; right: number; top: number; bottom: number };
  axisMax: number;
  ticks: { value: number; y: number }[];
  groups: { metric: PerplexityMetric; centerX: number }[];
  bars: ChartBar[];
}

const WIDTH = 520;
const HEIGHT = 260;
const PLOT = { left: 48, right: WIDTH - 16, top: 24, bottom: HEIGHT - 40 };
const BAR_WIDTH = 56;
const BAR_GAP = 12;

/** Perplexity as shown everywhere in the view, in the UI language: more decimals for the small values that matter. */
export function formatPerplexity(value: number, locale?: string): string {
  const digits = value >= 1000 ? 0 : value >= 100 ? 1 : 2;
  return formatNumber(value, locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** Axis ticks stay short (the axis has little room): 2.5, 750, 12.5k, 20M ("2,5", "12,5k" in German). */
export function formatTick(value: number, locale?: string): string {
  const short = (n: number) => formatNumber(n, locale, { maximumFractionDigits: 2, useGrouping: false });
  if (value >= 1e6) return `${short(value / 1e6)}M`;
  if (value >= 1e4) return `${short(value / 1e3)}k`;
  return short(value);
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`, so the axis ends on a round number. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value * (1 - 1e-12)) return step * power;
  return 10 * power;
}

function valueOf(pair: PlottedPair, variant: EvaluationVariantId, metric: PerplexityMetric): number | null {
  const run = pair[variant];
  if (!run) return null;
  return metric === 'answer' ? run.answerPerplexity : run.sequencePerplexity;
}

export function chartLayout(pair: PlottedPair): ChartLayout {
  const metrics: PerplexityMetric[] = ['answer', 'sequence'];
  const variants: EvaluationVariantId[] = ['base', 'adapter'];
  const values = metrics.flatMap((metric) => variants.map((variant) => valueOf(pair, variant, metric)));
  const axisMax = niceMax(Math.max(0, ...values.filter((value): value is number => value !== null)));
  const plotHeight = PLOT.bottom - PLOT.top;
  const groupWidth = (PLOT.right - PLOT.left) / metrics.length;
  const barsWidth = variants.length * BAR_WIDTH + (variants.length - 1) * BAR_GAP;

  const groups = metrics.map((metric, index) => ({
    metric,
    centerX: PLOT.left + groupWidth * (index + 0.5),
  }));
  const bars: ChartBar[] = [];
  for (const group of groups) {
    variants.forEach((variant, index) => {
      const value = valueOf(pair, variant, group.metric);
      if (value === null) return;
      const height = Math.min(1, value / axisMax) * plotHeight;
      const x = group.centerX - barsWidth / 2 + index * (BAR_WIDTH + BAR_GAP);
      bars.push({ metric: group.metric, variant, value, x, y: PLOT.bottom - height, width: BAR_WIDTH, height });
    });
  }
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => ({
    value: axisMax * fraction,
    y: PLOT.bottom - fraction * plotHeight,
  }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, axisMax, ticks, groups, bars };
}
