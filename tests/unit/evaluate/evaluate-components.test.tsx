// Server-rendered checks of the Evaluate screen: chart geometry and labels, progress, the runs
// table, and why Run is disabled.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ModelStatus } from '../../../preload/contract/schemas';
import {
  EvaluateControls,
  runBlocker,
  runLabel,
} from '../../../renderer/src/features/evaluate/components/EvaluateControls';
import { EvaluateView } from '../../../renderer/src/features/evaluate/components/EvaluateView';
import { EvaluationRunsTable } from '../../../renderer/src/features/evaluate/components/EvaluationRunsTable';
import { PerplexityChart } from '../../../renderer/src/features/evaluate/components/PerplexityChart';
import { VariantProgress } from '../../../renderer/src/features/evaluate/components/VariantProgress';
import { chartDescription } from '../../../renderer/src/features/evaluate/state/chartDescription';
import {
  chartLayout,
  formatPerplexity,
  formatTick,
  niceMax,
} from '../../../renderer/src/features/evaluate/state/chartLayout';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi, readyStatus } from '../renderer/fixtures';
import { evaluationRun } from './fixtures';

const noop = () => undefined;
const t = i18n.getFixedT('en', 'evaluate');
const base = evaluationRun(1, 'base', { answerPerplexity: 5.9, sequencePerplexity: 4.1 });
const adapter = evaluationRun(2, 'adapter', { answerPerplexity: 3.2, sequencePerplexity: 2.47 });

describe('chart layout', () => {
  it('niceMax ends the axis on 1, 2, 2.5 or 5 × 10ⁿ at or above the largest value', () => {
    expect(niceMax(5.9)).toBe(10);
    expect(niceMax(2.47)).toBe(2.5);
    expect(niceMax(2)).toBe(2);
    expect(niceMax(130)).toBe(200);
    expect(niceMax(31_000)).toBe(50_000);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });

  it('two groups of two bars; heights proportional to the values, all on one base line', () => {
    const layout = chartLayout({ base, adapter });
    expect(layout.axisMax).toBe(10);
    expect(layout.bars.map((bar) => `${bar.metric}/${bar.variant}=${bar.value}`)).toEqual([
      'answer/base=5.9',
      'answer/adapter=3.2',
      'sequence/base=4.1',
      'sequence/adapter=2.47',
    ]);
    const plotHeight = layout.plot.bottom - layout.plot.top;
    for (const bar of layout.bars) {
      expect(bar.height).toBeCloseTo((bar.value / 10) * plotHeight, 9);
      expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 9);
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
    }
    // Bars of one group do not overlap, and the groups are apart.
    const [a, b, c] = layout.bars;
    expect(a.x + a.width).toBeLessThan(b.x);
    expect(b.x + b.width).toBeLessThan(c.x);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('a missing variant leaves its bars out, and the description says so', () => {
    const layout = chartLayout({ base, adapter: null });
    expect(layout.bars.map((bar) => bar.variant)).toEqual(['base', 'base']);
    expect(chartDescription(t, { base, adapter: null }, 'en')).toBe(
      'Perplexity, lower is better. Base model: answer-only 5.90, whole-sequence 4.10; Base + adapter: not measured.',
    );
  });

  it('formatTick keeps axis labels short', () => {
    expect([0, 2.5, 0.625, 750, 9999, 12_500, 6_250_000, 20_000_000].map((value) => formatTick(value))).toEqual([
      '0',
      '2.5',
      '0.63',
      '750',
      '9999',
      '12.5k',
      '6.25M',
      '20M',
    ]);
  });

  it('formatPerplexity: two decimals for small values, fewer for large ones', () => {
    expect(formatPerplexity(2.4712)).toBe('2.47');
    expect(formatPerplexity(123.456)).toBe('123.5');
    expect(formatPerplexity(31_999.7)).toBe('32000');
  });
});

describe('PerplexityChart', () => {
  it('an accessible SVG with a title and every value labelled', () => {
    const html = renderToStaticMarkup(<PerplexityChart pair={{ base, adapter }} />);
    expect(html).toContain('role="img"');
    const label = chartDescription(t, { base, adapter }, 'en');
    expect(html).toContain(`aria-label="${label}"`);
    expect(html).toContain(`<title>${label}</title>`);
    expect(html.match(/data-testid="chart-bar"/g)).toHaveLength(4);
    for (const text of ['5.90', '3.20', '4.10', '2.47', 'Answer tokens only', 'Whole sequence']) {
      expect(html).toContain(`>${text}<`);
    }
    expect(html).toContain('data-value="2.47"');
  });
});

describe('VariantProgress', () => {
  it('items done of total, tokens/s and an ARIA progress bar', () => {
    const html = renderToStaticMarkup(
      <VariantProgress
        variant="adapter"
        queued={false}
        progress={{ runKey: 'k', variant: 'adapter', itemsDone: 3, itemsTotal: 12, tokensPerSecond: 512.4 }}
      />,
    );
    expect(html).toContain('3 / 12 items · 512 tok/s');
    expect(html).toContain('aria-valuenow="3"');
    expect(html).toContain('aria-valuemax="12"');
    expect(html).toContain('width:25%');
    expect(renderToStaticMarkup(<VariantProgress variant="adapter" queued progress={undefined} />)).toContain('Queued');
  });
});

describe('EvaluationRunsTable', () => {
  it('one row per run with date, model, adapter + scale, data file, items, both perplexities, speed', () => {
    const html = renderToStaticMarkup(
      <EvaluationRunsTable runs={[adapter, base]} plottedIds={new Set([2])} onPlot={noop} onDelete={noop} />,
    );
    expect(html.match(/data-testid="evaluation-row"/g)).toHaveLength(2);
    for (const text of ['medical-lora.gguf × 1.00', 'cards.jsonl', 'TinyLlama-1.1B-Chat', '420 tok/s', '>30<']) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/data-run-id="2" data-plotted="true"/);
    expect(html).toMatch(/data-run-id="1" data-plotted="false"/);
    expect(
      renderToStaticMarkup(<EvaluationRunsTable runs={[]} plottedIds={new Set()} onPlot={noop} onDelete={noop} />),
    ).toContain('No stored runs yet');
  });
});

describe('Run controls', () => {
  it('the label follows the variants; the blocker says what is missing', () => {
    expect(runLabel(t, ['base', 'adapter'])).toBe('Run base vs base + adapter');
    expect(runLabel(t, ['base'])).toBe('Run base model');
    expect(runLabel(t, ['adapter'])).toBe('Run base + adapter');
    expect(runBlocker(t, { dataPath: null, modelProblem: null, variants: ['base'] })).toBe('Choose a data file first.');
    expect(runBlocker(t, { dataPath: '/d.jsonl', modelProblem: 'No model', variants: ['base'] })).toBe('No model');
    expect(runBlocker(t, { dataPath: '/d.jsonl', modelProblem: null, variants: [] })).toBe(
      'Tick at least one variant.',
    );
    expect(runBlocker(t, { dataPath: '/d.jsonl', modelProblem: null, variants: ['base'] })).toBeNull();
  });

  it('without an adapter the adapter box is disabled with its reason', () => {
    const html = renderToStaticMarkup(
      <EvaluateControls
        dataPath="/data/cards.jsonl"
        chosen={{ base: true, adapter: true }}
        modelProblem={null}
        adapterLoaded={false}
        running={false}
        cancelling={false}
        variants={['base']}
        onPickData={noop}
        onChoose={noop}
        onRun={noop}
        onCancel={noop}
      />,
    );
    expect(html).toMatch(/data-testid="evaluation-variant-adapter"[^>]*disabled=""/);
    expect(html).not.toMatch(/data-testid="evaluation-variant-adapter"[^>]*checked=""/);
    expect(html).toContain('No adapter is loaded');
    expect(html).toContain('Run base model');
  });
});

describe('Evaluate screen', () => {
  const render = (status: ModelStatus | null) =>
    renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <EvaluateView active status={status} onOpenSettings={noop} />
      </ApiProvider>,
    );

  it('explains perplexity and offers the data file and both variants', () => {
    const html = render(readyStatus);
    expect(html).toContain('Lower is better');
    expect(html).toContain('the figure the adapter&#x27;s authors published');
    for (const id of [
      'evaluation-pick-data',
      'evaluation-variant-base',
      'evaluation-variant-adapter',
      'evaluation-run',
    ])
      expect(html).toContain(id);
    expect(html).toMatch(/data-testid="evaluation-run"[^>]*disabled=""/); // no data file yet
    expect(html).toContain('Choose a data file first.');
  });

  it('without a model Run says why and Settings is offered', () => {
    const html = render(null);
    expect(html).toContain('No model is loaded');
    expect(html).toContain('Open Settings');
  });
});
