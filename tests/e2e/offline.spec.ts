// Offline guarantee, end to end: the page can reach nothing outside its origin (CSP), and a whole session
// (chat, save card, review, .apkg/CSV export) makes no network attempt in main or in the model host.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PickKind } from '../../preload/contract/features/app';
import { test, expect } from './support/fixtures';
import type { OutsideAttempts } from './bridge/outside-attempts';
import { AppHarness } from './support/app-harness';
import { bundleBrowserScript } from './support/bridge-script';
import { installNetworkGuard, probeGuard, type NetworkAttempt } from './support/network-guard';
import { hostGuardEnv, readHostGuardLog } from './support/network-guard-host';
import { ChatPage } from './pages/chat-page';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

interface OutsideProbeWindow {
  __meaTryOutside(outside: string): Promise<OutsideAttempts>;
}

interface Decoy {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

/** A server on another loopback port: an "outside" origin that counts every request that reaches it. */
async function startDecoy(): Promise<Decoy> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' }).end('<p>outside</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('decoy server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('the page cannot fetch, XHR, WebSocket, EventSource, beacon or load an image from outside its origin', async ({
  chat,
  browser,
}) => {
  const decoy = await startDecoy();
  try {
    await chat.open();
    await chat.page.evaluate(await bundleBrowserScript('outside-requests.browser.ts'));
    const outcome = await chat.page.evaluate(
      (outside) => (globalThis as unknown as OutsideProbeWindow).__meaTryOutside(outside),
      decoy.url,
    );

    for (const [kind, result] of Object.entries(outcome.results)) {
      if (kind !== 'beacon') expect(result, kind).toMatch(/^(blocked|threw)/);
    }
    const directives = outcome.violations.map((line) => line.split(' ')[0]);
    expect(directives.filter((d) => d === 'connect-src').length).toBeGreaterThanOrEqual(5); // fetch×2, xhr, ws, sse (+beacon)
    expect(directives).toContain('img-src');
    expect(decoy.hits).toEqual([]);

    // Positive control: without the app's CSP the same browser does reach the decoy, so 0 hits above means blocked.
    const plain = await browser.newPage();
    await plain.goto(`${decoy.url}/plain`);
    expect(await plain.evaluate(async (outside) => (await fetch(`${outside}/control`)).status, decoy.url)).toBe(200);
    await plain.close();
    expect(decoy.hits).toContain('/control');
    console.log(
      `offline: renderer refused ${Object.keys(outcome.results).length} kinds of outside request ` +
        `(${outcome.violations.length} CSP violations, 0 reached the outside server; control without CSP: reached)`,
    );
  } finally {
    await decoy.close();
  }
});

test('a full session (chat, save card, review, export .apkg and CSV) opens no socket in main or the model host', async ({
  browser,
  bridgeScript,
  rendererServer,
  tinyModel,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mea-offline-'));
  const hostLog = join(dir, 'host-network.jsonl');
  const exportPaths: Partial<Record<PickKind, string>> = {
    cardsExportApkg: join(dir, 'deck.apkg'),
    cardsExportCsv: join(dir, 'deck.csv'),
  };

  // Guard this process (it runs the real main-process services) before any of them exist; prove it catches.
  const guard = installNetworkGuard();
  const control = await probeGuard(guard);
  const afterControl = guard.attempts.length;
  const pageRequests: string[] = [];
  let sessionInMain: readonly NetworkAttempt[] = [];
  let harness: AppHarness | null = null;
  try {
    expect(control.missed, 'guard in main missed deliberate attempts').toEqual([]);
    harness = new AppHarness({
      bridgeScript,
      hostEnv: hostGuardEnv(hostLog),
      pickFile: async (kind) => exportPaths[kind] ?? null,
    });
    const page = await browser.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('websocket', (socket) => pageRequests.push(socket.url()));
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    const review = new ReviewPage(page);

    // Chat with the (tiny) model.
    await harness.useModel(tinyModel.modelPath);
    await chat.open();
    await chat.waitForModel('ready');
    await chat.ask('What is hypokalemia?');
    const answer = chat.lastAnswer();
    const content = answer.getByTestId('message-content');
    await expect.poll(async () => (await content.innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByTestId('stop-button').click();
    await expect(answer).toHaveAttribute('data-status', 'stopped');

    // Save a card from the answer.
    await cards.openSaveDialog(answer);
    await cards.chooseNewDeck('Offline');
    await cards.dialog.getByTestId('card-save').click();
    await expect(page.getByTestId('card-saved-toast')).toContainText('Saved to Offline');

    // Export the deck as .apkg, then as CSV.
    await cards.openCardsTab();
    await cards
      .deck('Offline')
      .getByRole('button', { name: /Offline/ })
      .first()
      .click();
    await page.getByTestId('export-cards').click();
    await expect(page.getByTestId('transfer-message')).toContainText('Exported 1 card from 1 deck');
    await page.getByTestId('export-format').selectOption('csv');
    await page.getByTestId('export-cards').click();
    await expect.poll(() => existsSync(exportPaths.cardsExportCsv as string)).toBe(true);
    await expect(page.getByTestId('transfer-message')).toContainText('Exported 1 card from 1 deck');
    expect(statSync(exportPaths.cardsExportApkg as string).size).toBeGreaterThan(0);
    expect(readFileSync(exportPaths.cardsExportCsv as string, 'utf8')).toContain('What is hypokalemia?');

    // Review it.
    await review.open();
    await expect(review.front).toHaveText('What is hypokalemia?');
    await page.keyboard.press('Space');
    await expect(review.back).not.toBeEmpty();
    await page.keyboard.press('3');
    await expect(review.stats.getByTestId('review-stats-today')).toContainText('1reviewed');

    // The download service stayed idle throughout.
    const downloads = (await harness.call('downloads:list', {})) as { state: string }[];
    expect(downloads.filter((d) => !['not-installed', 'installed'].includes(d.state))).toEqual([]);
    await page.close();
    sessionInMain = guard.attempts.slice(afterControl);

    // Positive control through the app's own code: pressing Download is caught by the guard in this process.
    const entryId = 'tinyllama-1.1b-chat-v1.0-q4_k_m';
    await harness.call('downloads:start', { entryId });
    await expect
      .poll(() => guard.attempts.slice(afterControl + sessionInMain.length).map((a) => a.api))
      .toContain('https.request');
    await harness.call('downloads:cancel', { entryId });
  } catch (error) {
    // A blocked attempt can surface as an unrelated UI failure: say what the guards saw.
    console.log(`offline: session failed; attempts in main: ${JSON.stringify(guard.attempts.slice(afterControl))}`);
    console.log(`offline: model host log: ${JSON.stringify(readHostGuardLog(hostLog))}`);
    throw error;
  } finally {
    await harness?.close();
    guard.uninstall();
  }

  const inMain = sessionInMain;
  const hostLines = readHostGuardLog(hostLog);
  const hostStarts = hostLines.filter((line) => line.phase === 'installed');
  const inHost = hostLines.filter((line) => line.phase === 'session');
  const outside = pageRequests.filter((url) => !url.startsWith(`${rendererServer.url}/`));
  rmSync(dir, { recursive: true, force: true });

  expect(inMain, 'network attempts in main (the test process)').toEqual([]);
  // The host really ran under the guard, and its own deliberate attempts were all caught.
  expect(hostStarts.length).toBeGreaterThanOrEqual(1);
  for (const start of hostStarts) expect(start).toMatchObject({ probes: control.probes, missed: [] });
  expect(inHost, 'network attempts in the model host').toEqual([]);
  expect(pageRequests.length).toBeGreaterThan(0);
  expect(outside, 'page requests outside the app origin').toEqual([]);
  console.log(
    `offline: positive controls caught ${control.probes}/${control.probes} deliberate attempts in main and ` +
      `${control.probes}/${control.probes} in each of ${hostStarts.length} model host start(s)`,
  );
  console.log(
    `offline: e2e session (chat, cards, review, export): ${inMain.length} sockets opened in main, ` +
      `${inHost.length} in model host; renderer requests outside app origin: ${outside.length} ` +
      `(of ${pageRequests.length})`,
  );
});
