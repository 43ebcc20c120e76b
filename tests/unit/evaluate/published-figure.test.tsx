// The adapter's published figure next to the user's own: perplexity computed from the catalog's evaluation
// loss (not copied), the step and source named, the note on why figures differ, and the run compared.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/services/catalog';
import type { PublishedEvaluationView } from '../../../preload/contract/features/downloads';
import { PublishedFigure } from '../../../renderer/src/features/evaluate/components/PublishedFigure';
import { plottedPair } from '../../../renderer/src/features/evaluate/state/evaluateState';
import { ownAdapterRun, publishedPerplexity } from '../../../renderer/src/features/evaluate/state/publishedFigure';
import { evaluationRun } from './fixtures';

/** The bundled catalog's figure, as main sends it in the catalog view. */
function bundledFigure(): PublishedEvaluationView {
  const adapter = loadCatalog().entries.find((entry) => entry.id === 'medical-lora')!;
  return {
    ...adapter.publishedEvaluation!,
    repoUrl: adapter.defaultSource!.repoUrl,
    revision: adapter.defaultSource!.revision,
  };
}

const render = (figure: PublishedEvaluationView, own = null as ReturnType<typeof evaluationRun> | null) =>
  renderToStaticMarkup(<PublishedFigure published={{ adapterName: 'Medical adapter', figure }} own={own} />);

describe('published evaluation figure', () => {
  it('shows exp(0.9049) = 2.47 after 250 steps, from trainer_state.json at the pinned commit, with the note', () => {
    const figure = bundledFigure();
    const html = render(figure);
    expect(html).toMatch(/data-testid="published-perplexity"[^>]*>2\.47</);
    expect(html).toContain('Perplexity = exp(evaluation loss 0.9049) after 250 training steps');
    expect(html).toContain('medical-assistant-lora/checkpoint-250/trainer_state.json');
    expect(html).toContain('at commit f303a26');
    expect(html).toContain('training tokenizer on the held-out split');
    expect(html).toContain('No run with the adapter yet');
  });

  it('computes the perplexity from the loss it is given', () => {
    const figure = { ...bundledFigure(), evalLoss: 1.5, step: 40 };
    expect(publishedPerplexity(figure)).toBeCloseTo(Math.exp(1.5), 12);
    const html = render(figure);
    expect(html).toMatch(/data-testid="published-perplexity"[^>]*>4\.48</);
    expect(html).toContain('after 40 training steps');
  });

  it("puts the user's adapter run next to it: the plotted pair's, else the newest", () => {
    const older = evaluationRun(1, 'adapter', { sequencePerplexity: 3.91, answerPerplexity: 5.5, items: 12 });
    const newer = evaluationRun(3, 'adapter', { sequencePerplexity: 2.9, dataPath: '/d/mine.jsonl' });
    const base = evaluationRun(2, 'base');
    const runs = [newer, base, older];
    expect(ownAdapterRun(runs, null)).toBe(newer);
    expect(ownAdapterRun(runs, plottedPair(runs, older.id))).toBe(older);
    expect(ownAdapterRun([base], null)).toBeNull();
    const html = render(bundledFigure(), older);
    expect(html).toMatch(/data-testid="own-perplexity"[^>]*>3\.91</);
    expect(html).toContain('Whole-sequence perplexity on cards.jsonl (12 items, adapter scale 1)');
    expect(html).toContain('answer tokens only: 5.50');
  });
});
