// First run, end to end, against a local server (never a hub): the default path downloads the model and the
// medical adapter together in one progress view (pause and resume included), verifies them (SHA-256 and
// git blob ids), converts the adapter against the downloaded model and loads both; the chat then starts with
// the adapter on and an example question is asked with one click. A failure names its step and Retry works.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Catalog } from '../../main/services/catalog';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { SetupPage } from './pages/setup-page';
import { RangeServer } from '../integration/downloads/range-server';
import {
  ADAPTER_ID,
  blobCatalog,
  PINNED_FILE,
  PINNED_ID,
  rawPath,
  resolvePath,
  SOURCE_REVISION,
  type FixtureBytes,
} from '../integration/downloads/support';
import { PEFT_FILES, tinyPeftFiles } from '../integration/downloads/tiny-peft';

/** Builds the app with a catalog pointing at the local server; the variable is read once, at construction. */
function harnessWithCatalog(bridgeScript: string, catalogFile: string): AppHarness {
  const previous = process.env.MEA_CATALOG_FILE;
  process.env.MEA_CATALOG_FILE = catalogFile;
  try {
    return new AppHarness({ bridgeScript });
  } finally {
    if (previous === undefined) delete process.env.MEA_CATALOG_FILE;
    else process.env.MEA_CATALOG_FILE = previous;
  }
}

interface Scene {
  server: RangeServer;
  harness: AppHarness;
  fixture: FixtureBytes;
  cleanup(): Promise<void>;
}

/** A local server with the tiny model and a PEFT adapter that fits it, and the app pointed at it. */
async function scene(
  bridgeScript: string,
  options: { bytesPerSecond?: number; serveModel?: boolean } = {},
): Promise<Scene> {
  const tinyModel = await ensureTinyModel();
  const body = readFileSync(tinyModel.modelPath);
  const fixture = { body, sha256: createHash('sha256').update(body).digest('hex'), modelPath: tinyModel.modelPath };
  const peft = await tinyPeftFiles(tinyModel.meta.vocabSize);
  const server = await new RangeServer({ bytesPerSecond: options.bytesPerSecond }).start();
  if (options.serveModel !== false) server.serve(resolvePath(PINNED_FILE), { body });
  for (const name of PEFT_FILES) server.serve(rawPath(name), { body: peft[name]! });
  const dir = mkdtempSync(join(tmpdir(), 'mea-e2e-catalog-'));
  const catalogFile = join(dir, 'catalog.json');
  const catalog: Catalog = blobCatalog(server.url, fixture, peft);
  writeFileSync(catalogFile, JSON.stringify(catalog));
  const harness = harnessWithCatalog(bridgeScript, catalogFile);
  // One thread keeps the tiny model's answers short in time on a 2-core machine.
  await harness.call('settings:update', { threads: 1, sampling: { maxTokens: 24 } });
  return {
    server,
    harness,
    fixture,
    cleanup: async () => {
      await harness.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const step = (page: Page, id: string) => page.getByTestId(`setup-step-${id}`);

test('first run: one progress view for model + adapter (pause, resume), both installed, chat with the adapter on, an example asked', async ({
  page,
  bridgeScript,
  rendererServer,
}, testInfo) => {
  test.setTimeout(180_000);
  // Slow enough (a few seconds) that the bar is seen moving and there is time to pause.
  const { server, harness, cleanup } = await scene(bridgeScript, { bytesPerSecond: 500_000 });
  try {
    await harness.attach(page);
    const setup = new SetupPage(page, rendererServer.url);
    await setup.open();
    await expect(setup.choice(PINNED_ID).getByRole('radio')).toBeChecked();
    // The adapter is on by default, from the pinned commit, checked by git blob id.
    await expect(page.getByTestId('setup-with-adapter')).toBeChecked();
    await expect(page.getByTestId('setup-adapter-source')).toContainText(SOURCE_REVISION.slice(0, 7));
    await expect(page.getByTestId('setup-adapter-source')).toContainText('git blob id');

    await setup.download();
    const progress = page.getByTestId('setup-progress');
    await expect(progress).toHaveAttribute('data-state', 'running');
    // One view: the two downloads have no cards of their own.
    await expect(setup.card(PINNED_ID)).toHaveCount(0);
    await expect(setup.card(ADAPTER_ID)).toHaveCount(0);
    const bar = page.getByTestId('setup-progress-bar');
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(10);
    await page.getByTestId('setup-pause').click();
    await expect(progress).toHaveAttribute('data-state', 'paused');
    const pausedAt = Number(await bar.getAttribute('aria-valuenow'));
    expect(pausedAt).toBeGreaterThan(0);
    expect(pausedAt).toBeLessThan(100);

    await page.getByTestId('setup-resume').click();
    const seen: number[] = [];
    while ((await progress.getAttribute('data-state')) !== 'done') {
      const value = await bar.getAttribute('aria-valuenow', { timeout: 1000 }).catch(() => null);
      if (value !== null && seen.at(-1) !== Number(value)) seen.push(Number(value));
      expect(await progress.getAttribute('data-state')).not.toBe('failed');
      await page.waitForTimeout(40);
    }
    expect(new Set(seen.filter((v) => v > pausedAt && v < 100)).size).toBeGreaterThanOrEqual(2);
    for (const id of ['download-model', 'download-adapter', 'verify', 'convert', 'load']) {
      await expect(step(page, id)).toHaveAttribute('data-state', 'done');
    }
    // Resumed where it paused: a later request for the model started after byte 0.
    expect(
      server
        .fileRequests()
        .filter((r) => r.path === resolvePath(PINNED_FILE))
        .at(-1)!.start,
    ).toBeGreaterThan(0);

    await expect(page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('setup-ready')).toContainText('new conversations use the adapter');
    // The Models view now knows what is loaded: no download is offered for the pair in use.
    await expect(page.getByTestId('setup-in-use')).toContainText('with the medical adapter');
    await expect(setup.choice(PINNED_ID)).toContainText('In use');
    await expect(page.getByTestId('setup-download')).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('setup-done.png'), fullPage: true });
    const settings = (await harness.call('settings:get', {})) as { modelPath: string; loraPath: string };
    expect(settings.modelPath).toBe(join(harness.dataDir, 'models', PINNED_FILE));
    expect(settings.loraPath).toBe(join(harness.dataDir, 'models', 'tiny-adapter', `${ADAPTER_ID}.gguf`));

    // The chat's first screen: the adapter on, three example questions; a click asks one.
    await page.getByTestId('setup-start-chat').click();
    await expect(page.getByTestId('adapter-control')).toHaveAttribute('data-adapter', 'on');
    const examples = page.getByTestId('example-question');
    await expect(examples).toHaveCount(3);
    const question = (await examples.first().textContent()) ?? '';
    await examples.first().click();
    await expect(page.getByTestId('message-user').last()).toContainText(question);
    const answer = page.getByTestId('message-assistant').last();
    await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
    await expect(answer.getByTestId('message-profile')).toBeVisible();

    const [conversation] = (await harness.call('conversations:list', {})) as { id: number }[];
    const stored = (await harness.call('conversations:get', { id: conversation!.id })) as { adapterEnabled: boolean };
    expect(stored.adapterEnabled).toBe(true);
    const messages = (await harness.call('messages:list', { conversationId: conversation!.id })) as {
      role: string;
      content: string;
      profile: string | null;
    }[];
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[0]!.content).toBe(question);
    expect(messages[1]!.profile).toBe('adapter');
  } finally {
    await cleanup();
  }
});

test('a failed step is named and Retry resumes: model download (404), then verify (corrupt byte), then done; the adapter source can be overridden', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  test.setTimeout(120_000);
  const { server, harness, fixture, cleanup } = await scene(bridgeScript, { serveModel: false });
  try {
    await harness.attach(page);
    const setup = new SetupPage(page, rendererServer.url);
    await setup.open();
    await setup.download();
    const progress = page.getByTestId('setup-progress');
    await expect(progress).toHaveAttribute('data-state', 'failed');
    await expect(page.getByTestId('setup-failure')).toContainText('Failed at step 1 of 5: Download the model.');
    await expect(page.getByTestId('setup-failure')).toContainText('HTTP 404');
    await expect(step(page, 'download-model')).toHaveAttribute('data-state', 'failed');

    // The file appears on the server, but with a flipped byte: the verify step fails and says so.
    server.serve(resolvePath(PINNED_FILE), { body: fixture.body });
    server.corruptAt = 5000;
    await page.getByTestId('setup-retry').click();
    await expect(page.getByTestId('setup-failure')).toContainText('Failed at step 3 of 5: Verify the files.');
    await expect(page.getByTestId('setup-failure')).toContainText(
      `Checksum mismatch for ${join(harness.dataDir, 'models', PINNED_FILE)}: expected SHA-256 ${fixture.sha256}, got`,
    );
    await expect(step(page, 'download-model')).toHaveAttribute('data-state', 'done');
    await expect(step(page, 'verify')).toHaveAttribute('data-state', 'failed');

    server.corruptAt = null;
    await page.getByTestId('setup-retry').click();
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    // The adapter's files were downloaded once: Retry resumed, it did not start over.
    expect(server.fileRequests().filter((r) => r.path === rawPath('adapter_model.safetensors'))).toHaveLength(1);

    // Another source (a mirror) can be set; a bad URL is refused; "Use the default source" goes back.
    await page.getByTestId('setup-adapter-other-source').click();
    await page.getByTestId('setup-adapter-url').fill('ftp://example.org/peft');
    await page.getByTestId('setup-adapter-url-save').click();
    await expect(page.getByTestId('error-banner').first()).toContainText('must start with https://');
    await page.getByTestId('setup-adapter-url').fill(`${server.url}/mirror/peft`);
    await page.getByTestId('setup-adapter-url-save').click();
    await expect(page.getByTestId('setup-adapter-source')).toContainText(`${server.url}/mirror/peft`);
    const overridden = (await harness.call('models:catalog', {})) as { adapterSourceUrl: string | null };
    expect(overridden.adapterSourceUrl).toBe(`${server.url}/mirror/peft`);
    await page.getByTestId('setup-adapter-default').click();
    await expect(page.getByTestId('setup-adapter-source')).toContainText(SOURCE_REVISION.slice(0, 7));

    await page.getByTestId('setup-have-file').click();
    await expect(page.getByTestId('settings-model-path')).toBeVisible();
  } finally {
    await cleanup();
  }
});

test('Skip for now leads to an empty chat that offers the download or a file of your own; a model loaded from a file is shown as in use', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const { harness, fixture, cleanup } = await scene(bridgeScript);
  try {
    await harness.attach(page);
    const setup = new SetupPage(page, rendererServer.url);
    await setup.open();
    await page.getByTestId('setup-skip').click();
    const empty = page.getByTestId('no-model');
    await expect(empty).toContainText('No model loaded yet');
    await expect(empty).toContainText('your cards work without a model');
    await page.getByTestId('no-model-download').click();
    await expect(setup.view).toBeVisible();
    await page.getByTestId('open-chat').click();
    await page.getByTestId('no-model-file').click();
    await expect(page.getByTestId('settings-model-path')).toBeVisible();

    // The user's own file, loaded from Settings: Models says so and a download becomes a switch.
    await harness.useModel(fixture.modelPath);
    await page.getByTestId('open-models').click();
    await expect(page.getByTestId('setup-in-use')).toContainText('loaded from your own file');
    await expect(page.getByTestId('setup-download')).toHaveText('Download and switch to this model');
    await expect(page.getByTestId('setup-skip')).toHaveCount(0);
  } finally {
    await cleanup();
  }
});
