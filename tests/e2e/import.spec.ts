// Settings → Import, end to end: a model and a LoRA imported through the UI are checked, selected, loaded and shown
// in use; a hostile file shows its error next to its button; a PEFT folder is converted and used.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { PickKind } from '../../preload/contract/features/app';
import { tinyHfLlamaConfig } from '../fixtures/hf/hf-llama';
import { randomPeftModules, writePeftFolder } from '../fixtures/hf/peft-adapter';
import { rewriteGguf, setF32Value } from '../fixtures/hostile-gguf';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { ChatPage } from './pages/chat-page';
import { AppHarness } from './support/app-harness';
import { expect, test } from './support/fixtures';

test('import a model, a LoRA and a PEFT folder through Settings; a hostile file shows its error', async ({
  page,
  bridgeScript,
  rendererServer,
}, testInfo) => {
  const fixture = await ensureTinyModel();
  const dir = await mkdtemp(join(tmpdir(), 'mea-import-e2e-'));
  const nanLora = await setF32Value(
    fixture.loraPath,
    join(dir, 'broken.lora.gguf'),
    'blk.0.attn_q.weight.lora_b',
    2,
    NaN,
  );
  const gpt2 = await rewriteGguf(fixture.modelPath, join(dir, 'gpt2.gguf'), (file) => {
    file.metadata.set('general.architecture', { type: 'string', value: 'gpt2' });
  });
  const peftDir = join(dir, 'medical-peft');
  const spec = { targets: ['q_proj', 'v_proj'] as const, rankOf: () => 8, alphaOf: () => 16, config: {}, seed: 5 };
  await writePeftFolder(peftDir, spec, randomPeftModules(tinyHfLlamaConfig(fixture.meta.vocabSize), spec));

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
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    await chat.open();
    await page.getByTestId('open-settings').click();
    const panel = page.getByTestId('in-use-panel');
    const notice = page.getByTestId('import-notice');

    // A model, used where it is.
    picks.push(fixture.modelPath);
    await page.getByTestId('import-model').click();
    await expect(notice).toContainText('now in use');
    await expect(panel).toContainText(fixture.meta.name);
    await expect(page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('settings-model-path')).toHaveValue(fixture.modelPath);
    await expect(page.getByText('Unsaved changes')).toHaveCount(0);

    // A LoRA, copied into the data folder.
    await page.getByTestId('import-copy').check();
    picks.push(fixture.loraPath);
    await page.getByTestId('import-lora').click();
    const copied = join(harness.dataDir, 'adapters', basename(fixture.loraPath));
    await expect(panel).toContainText(basename(fixture.loraPath));
    await expect(page.getByTestId('settings-lora-path')).toHaveValue(copied);
    expect(existsSync(copied)).toBe(true);
    await expect(page.getByTestId('imported-file')).toHaveCount(2);

    // Hostile files: the error is shown next to the button that imported it; what is in use stays.
    picks.push(nanLora);
    await page.getByTestId('import-lora').click();
    await expect(page.getByTestId('import-lora-error')).toContainText(
      "tensor 'blk.0.attn_q.weight.lora_b' contains NaN (element 2)",
    );
    picks.push(gpt2);
    await page.getByTestId('import-model').click();
    await expect(page.getByTestId('import-model-error')).toContainText("architecture 'gpt2' is not supported");
    await expect(page.getByTestId('settings-lora-path')).toHaveValue(copied);
    await expect(page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    await page.screenshot({ path: testInfo.outputPath('import-errors.png'), fullPage: true });

    // A PEFT folder, converted for the current model and put in use.
    picks.push(peftDir);
    await page.getByTestId('import-peft').click();
    await expect(notice).toContainText('now in use');
    await expect(panel).toContainText('medical-peft.gguf');
    await expect(page.getByTestId('import-peft-error')).toHaveCount(0);
    await expect(page.getByTestId('imported-file').first()).toContainText('converted from PEFT');
    expect(asked).toEqual(['model', 'lora', 'lora', 'model', 'peftFolder']);

    // The adapter answers.
    await harness.call('settings:update', { sampling: { maxTokens: 12 } });
    await page.getByTestId('open-chat').click();
    await chat.ask('What is hypokalemia?');
    await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  } finally {
    await harness.close();
    await rm(dir, { recursive: true, force: true });
  }
});
