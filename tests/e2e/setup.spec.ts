// First run, end to end: the setup screen downloads the model from a local server (never a hub), the
// progress bar moves, pause and resume work, and "Use this model" leaves a ready model for the chat.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { SetupPage } from './pages/setup-page';
import { RangeServer } from '../integration/downloads/range-server';
import { PINNED_FILE, PINNED_ID, resolvePath, testCatalog } from '../integration/downloads/support';

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

test('first run: download with a moving progress bar, pause, resume, use the model, then chat', async ({
  page,
  bridgeScript,
  rendererServer,
  tinyModel,
}, testInfo) => {
  const body = readFileSync(tinyModel.modelPath);
  const fixture = { body, sha256: createHash('sha256').update(body).digest('hex'), modelPath: tinyModel.modelPath };
  // Slow enough (about 3 s) that the bar is seen moving and there is time to pause.
  const server = await new RangeServer({ bytesPerSecond: 700_000 }).start();
  server.serve(resolvePath(PINNED_FILE), { body });
  const dir = mkdtempSync(join(tmpdir(), 'mea-e2e-catalog-'));
  const catalogFile = join(dir, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(testCatalog(server.url, fixture)));
  const harness = harnessWithCatalog(bridgeScript, catalogFile);
  try {
    await harness.attach(page);
    const setup = new SetupPage(page, rendererServer.url);
    await setup.open();
    await expect(setup.choice(PINNED_ID).getByRole('radio')).toBeChecked(); // the default entry
    await expect(page.getByTestId('setup-disk')).toContainText(/free on that disk/);
    await expect(page.getByTestId('setup-with-adapter')).not.toBeChecked();

    await setup.download();
    await expect(setup.card(PINNED_ID)).toHaveAttribute('data-state', 'downloading');
    await expect
      .poll(async () => Number(await setup.progressBar(PINNED_ID).getAttribute('aria-valuenow')))
      .toBeGreaterThan(5);
    await setup.card(PINNED_ID).getByTestId('download-pause').click();
    await expect(setup.card(PINNED_ID)).toHaveAttribute('data-state', 'paused');
    const pausedAt = Number(await setup.progressBar(PINNED_ID).getAttribute('aria-valuenow'));
    expect(pausedAt).toBeGreaterThan(0);
    expect(pausedAt).toBeLessThan(100);

    await setup.card(PINNED_ID).getByTestId('download-resume').click();
    const seen = await setup.watchProgress(PINNED_ID, 'installed');
    // The bar moved through several values after resuming, and never went backwards.
    expect(new Set(seen.filter((v) => v >= pausedAt && v < 100)).size).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await expect(setup.card(PINNED_ID)).toContainText(join(harness.dataDir, 'models', PINNED_FILE));

    // Resumed where it paused: the second request started at the part's size, not at 0.
    const requests = server.fileRequests();
    expect(requests).toHaveLength(2);
    expect(requests[1]!.start).toBeGreaterThan(0);
    expect(requests[1]!.start + requests[1]!.bytesSent).toBe(body.length);

    await setup.card(PINNED_ID).getByTestId('download-use').click();
    await expect(page.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('setup-ready')).toBeVisible();
    await expect(setup.card(PINNED_ID)).toContainText('In use');
    await page.screenshot({ path: testInfo.outputPath('setup-view.png'), fullPage: true });

    await page.getByTestId('setup-start-chat').click();
    await expect(page.getByTestId('composer-input')).toBeVisible();
    const settings = (await harness.call('settings:get', {})) as { modelPath: string };
    expect(settings.modelPath).toBe(join(harness.dataDir, 'models', PINNED_FILE));
  } finally {
    await harness.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failed download says why and Retry finishes it; the adapter URL is checked; "I already have a GGUF file" opens Settings', async ({
  page,
  bridgeScript,
  rendererServer,
  tinyModel,
}) => {
  const body = readFileSync(tinyModel.modelPath);
  const fixture = { body, sha256: createHash('sha256').update(body).digest('hex'), modelPath: tinyModel.modelPath };
  const server = await new RangeServer().start();
  server.serve(resolvePath(PINNED_FILE), { body });
  server.corruptAt = 1000; // the first download fails its checksum
  const dir = mkdtempSync(join(tmpdir(), 'mea-e2e-catalog-'));
  const catalogFile = join(dir, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(testCatalog(server.url, fixture)));
  const harness = harnessWithCatalog(bridgeScript, catalogFile);
  try {
    await harness.attach(page);
    const setup = new SetupPage(page, rendererServer.url);
    await setup.open();
    await setup.download();
    await expect(setup.card(PINNED_ID)).toHaveAttribute('data-state', 'failed');
    await expect(setup.card(PINNED_ID).getByTestId('error-banner')).toContainText(
      `Checksum mismatch for ${join(harness.dataDir, 'models', PINNED_FILE)}: expected SHA-256 ${fixture.sha256}, got`,
    );
    server.corruptAt = null;
    await setup.card(PINNED_ID).getByTestId('download-retry').click();
    await expect(setup.card(PINNED_ID)).toHaveAttribute('data-state', 'installed');

    // The adapter's source URL is a setting: a bad one is refused with a clear message, a good one is kept.
    await page.getByTestId('setup-with-adapter').check();
    await page.getByTestId('setup-adapter-url').fill('ftp://example.org/peft');
    await page.getByTestId('setup-adapter-url-save').click();
    await expect(page.getByTestId('error-banner').first()).toContainText('must start with https://');
    await page.getByTestId('setup-adapter-url').fill(`${server.url}/owner/medical-lora/resolve/main`);
    await page.getByTestId('setup-adapter-url-save').click();
    await expect(page.getByText('Both files are fetched from this folder')).toBeVisible();
    const catalog = (await harness.call('models:catalog', {})) as { adapterSourceUrl: string | null };
    expect(catalog.adapterSourceUrl).toBe(`${server.url}/owner/medical-lora/resolve/main`);

    await page.getByTestId('setup-have-file').click();
    await expect(page.getByTestId('settings-model-path')).toBeVisible();
    await page.getByTestId('open-models').click();
    await expect(setup.card(PINNED_ID)).toHaveAttribute('data-state', 'installed');
  } finally {
    await harness.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
