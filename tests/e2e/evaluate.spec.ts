// End to end: the Evaluate view scores base and base + adapter on a JSONL file through the real
// model host, shows progress, shows the adapter's published figure next to the user's own, plots the
// stored figures, keeps them across a reload, names a bad line, and cancels a run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PickKind } from '../../preload/contract/features/app';
import { loadCatalog } from '../../main/services/catalog';
import type { EvaluationRunRecord } from '../../preload/contract/features/evaluation';
import { formatPerplexity } from '../../renderer/src/features/evaluate/state/chartLayout';
import { ChatPage } from './pages/chat-page';
import { AppHarness } from './support/app-harness';
import { expect, test } from './support/fixtures';

const SAMPLE = join(process.cwd(), 'resources', 'eval', 'sample-medical-flashcards.jsonl');

/** `count` lines taken round-robin from the bundled sample, so runs last long enough to watch. */
async function writeDataset(path: string, count: number): Promise<void> {
  const lines = (await readFile(SAMPLE, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const out = Array.from({ length: count }, (_, i) => lines[i % lines.length]);
  await writeFile(path, `${out.join('\n')}\n`);
}

async function openEvaluate(page: Page): Promise<void> {
  await page.getByTestId('open-evaluate').click();
  await expect(page.getByTestId('evaluate-view')).toBeVisible();
}

test('Evaluate: base vs base + adapter, progress, chart of the stored figures, reload, bad line, cancel', async ({
  page,
  bridgeScript,
  rendererServer,
  tinyModel,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = await mkdtemp(join(tmpdir(), 'mea-evaluate-e2e-'));
  const good = join(dir, 'cards.jsonl');
  const big = join(dir, 'many-cards.jsonl');
  const bad = join(dir, 'broken.jsonl');
  await writeDataset(good, 40);
  await writeDataset(big, 2000);
  await writeFile(bad, '{"question": "What is DKA?", "answer": "Diabetic ketoacidosis."}\n{"question": "No answer"}\n');

  // The harness's pickFile stands in for the native dialog: it answers with the next queued path.
  const picks: string[] = [];
  const asked: PickKind[] = [];
  const harness = new AppHarness({
    bridgeScript,
    pickFile: async (kind) => {
      asked.push(kind);
      return picks.shift() ?? null;
    },
  });
  try {
    await harness.call('settings:update', { threads: 1 });
    await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    await chat.open();
    await chat.waitForModel('ready');
    await openEvaluate(page);
    await expect(page.getByTestId('evaluation-runs-empty')).toBeVisible();
    // The adapter's published figure (catalog data, perplexity computed from its loss) is there from the
    // start; the user's own figure appears next to it once measured.
    const published = loadCatalog().entries.find((e) => e.id === 'medical-lora')?.publishedEvaluation;
    await expect(page.getByTestId('published-perplexity')).toHaveText(Math.exp(published!.evalLoss).toFixed(2));
    await expect(page.getByTestId('published-loss')).toContainText(`after ${published!.step} training steps`);
    await expect(page.getByTestId('published-note')).toContainText('training tokenizer on the held-out split');
    await expect(page.getByTestId('own-figure')).toContainText('No run with the adapter yet');

    // Choose the data and run both variants.
    picks.push(good);
    await page.getByTestId('evaluation-pick-data').click();
    await expect(page.getByTestId('evaluation-data-path')).toHaveText('cards.jsonl');
    expect(asked).toEqual(['evaluationData']);
    const run = page.getByTestId('evaluation-run');
    await expect(run).toHaveText('Run base vs base + adapter');
    await run.click();

    // Progress: items done of 40 with tokens/s, first for the base model.
    const baseProgress = page.getByTestId('evaluation-progress-base');
    await expect(baseProgress).toContainText(/\d+ \/ 40 items · [\d.]+ tok\/s/);
    await expect(page.getByTestId('evaluation-progress-adapter')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('evaluate-progress.png'), fullPage: true });

    // The chart: two bars per metric, each value equal to the stored figure.
    const chart = page.getByTestId('evaluation-chart');
    await expect(chart).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('evaluation-progress')).toHaveCount(0);
    const stored = (await harness.call('evaluation:list', {})) as EvaluationRunRecord[];
    expect(stored.map((r) => r.variant).sort()).toEqual(['adapter', 'base']);
    const byVariant = Object.fromEntries(stored.map((r) => [r.variant, r])) as Record<string, EvaluationRunRecord>;
    expect(byVariant.adapter?.adapterPath).toBe(tinyModel.loraPath);
    expect(byVariant.base?.items).toBe(40);
    const bars = chart.getByTestId('chart-bar');
    await expect(bars).toHaveCount(4);
    for (const metric of ['answer', 'sequence'] as const) {
      for (const variant of ['base', 'adapter'] as const) {
        const bar = chart.locator(`[data-metric="${metric}"][data-variant="${variant}"]`);
        const expected =
          metric === 'answer' ? byVariant[variant]?.answerPerplexity : byVariant[variant]?.sequencePerplexity;
        expect(Number(await bar.getByTestId('chart-value').getAttribute('data-value'))).toBe(expected);
      }
    }
    await expect(page.getByTestId('own-perplexity')).toHaveText(
      formatPerplexity(byVariant.adapter!.sequencePerplexity),
    );
    // The adapter changes the figures: base and base + adapter are not the same bars.
    expect(byVariant.adapter?.answerPerplexity).not.toBe(byVariant.base?.answerPerplexity);
    const rows = page.getByTestId('evaluation-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-plotted', 'true');
    await expect(rows.nth(1)).toHaveAttribute('data-plotted', 'true');
    await expect(page.getByTestId('evaluation-runs')).toContainText('cards.jsonl');
    // Tall enough to show the chart and the table in one picture.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.getByTestId('evaluate-view').screenshot({ path: testInfo.outputPath('evaluate-result.png') });

    // After a reload the runs are still listed and plotted.
    await page.reload();
    await chat.waitForModel('ready');
    await openEvaluate(page);
    await expect(page.getByTestId('evaluation-row')).toHaveCount(2);
    await expect(page.getByTestId('evaluation-chart').getByTestId('chart-bar')).toHaveCount(4);

    // A bad data file: the error names the line; nothing is stored.
    picks.push(bad);
    await page.getByTestId('evaluation-pick-data').click();
    await expect(page.getByTestId('evaluation-data-path')).toHaveText('broken.jsonl');
    await page.getByTestId('evaluation-run').click();
    await expect(page.getByTestId('error-banner')).toContainText(/Line 2 .*"answer"/);
    await expect(page.getByTestId('evaluation-run')).toBeEnabled();

    // Cancel: a long run stops between items, says so, and stores nothing.
    picks.push(big);
    await page.getByTestId('evaluation-pick-data').click();
    await expect(page.getByTestId('evaluation-data-path')).toHaveText('many-cards.jsonl');
    await page.getByTestId('evaluation-run').click();
    await expect(page.getByTestId('evaluation-progress-base')).toContainText(/[1-9][\d,]* \/ 2,000 items/);
    await page.getByTestId('evaluation-cancel').click();
    await expect(page.getByTestId('evaluation-notice')).toContainText('cancelled', { timeout: 30_000 });
    await expect(page.getByTestId('evaluation-run')).toBeVisible();
    expect(((await harness.call('evaluation:list', {})) as EvaluationRunRecord[]).length).toBe(2);

    // The sample shipped with the app: offered with its item count, and it scores like any file.
    const sampleItems = (await readFile(SAMPLE, 'utf8')).split('\n').filter((line) => line.trim() !== '').length;
    const useSample = page.getByTestId('evaluation-use-sample');
    await expect(useSample).toHaveText(`Use the sample (${sampleItems} flashcards)`);
    await useSample.click();
    await expect(page.getByTestId('evaluation-data-path')).toHaveText('sample-medical-flashcards.jsonl');
    await page.getByTestId('evaluation-variant-adapter').uncheck();
    await page.getByTestId('evaluation-run').click();
    await expect(page.getByTestId('evaluation-row')).toHaveCount(3, { timeout: 120_000 });
    const withSample = (await harness.call('evaluation:list', {})) as EvaluationRunRecord[];
    expect(withSample[0]).toMatchObject({ variant: 'base', items: sampleItems, dataPath: SAMPLE });
    await harness.call('evaluation:delete', { id: withSample[0]?.id });
    await page.reload();
    await chat.waitForModel('ready');
    await openEvaluate(page);
    await expect(page.getByTestId('evaluation-row')).toHaveCount(2);

    // Delete one stored run: its row goes, and the chart plots the other alone.
    await page.getByTestId('evaluation-row').first().getByTestId('delete-run').click();
    await expect(page.getByTestId('evaluation-row')).toHaveCount(1);
    await expect(page.getByTestId('evaluation-chart').getByTestId('chart-bar')).toHaveCount(2);
    expect(((await harness.call('evaluation:list', {})) as EvaluationRunRecord[]).length).toBe(1);
  } finally {
    await harness.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('Evaluate without an adapter: the adapter variant is disabled with its reason, and the contract refuses it', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  await harness.call('settings:update', { threads: 1 });
  await openChatWithTinyModel();
  await openEvaluate(chat.page);
  const adapterBox = chat.page.getByTestId('evaluation-variant-adapter');
  await expect(adapterBox).toBeDisabled();
  await expect(adapterBox).not.toBeChecked();
  await expect(chat.page.getByTestId('evaluation-adapter-reason')).toContainText('No adapter is loaded');
  await expect(chat.page.getByTestId('evaluation-run')).toBeDisabled();
  await expect(chat.page.getByText('Choose a data file first.')).toBeVisible();
  // Over the contract, too: asking for 'adapter' is refused with the reason.
  const refused = await harness.app.dispatcher.dispatch('evaluation:run', {
    dataPath: SAMPLE,
    variants: ['base', 'adapter'],
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'model_unavailable' } });
  expect(refused.ok ? '' : refused.error.message).toMatch(/No LoRA adapter is loaded/);
});
