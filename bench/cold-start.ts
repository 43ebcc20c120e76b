// `npm run bench -- --only cold-start [--model FILE | --tinyllama-shaped | --tiny-fixture] [--threads N] [--runs N]
// [--conversations N] [--renderer DIR]`: from launch to an interactive window, and to the first token of a new
// question while the model loads in the background. Each run is a fresh process (bench/cold-start-child.ts) on a
// copy of one data folder holding `conversations` conversations of 10 messages whose settings name the model:
// it times the services' import, createApp (database open, services ready, the model load started but not
// awaited), listing the history and opening the newest conversation, the model ready, and the first token of a
// question asked the moment it is ready. Then, with a built renderer (--renderer DIR, MEA_RENDERER_DIR or
// out/renderer) and Chromium, the window: the renderer bridged to the same services as the e2e tests (Electron's
// own start is not included), timed from navigation to first contentful paint and to the history shown.
// Medians of `runs`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../main/services/app/create-app';
import { MessageRepository } from '../main/services/store';
import { ensureTinyModel } from '../tests/fixtures/tiny-llama';
import { FakeLauncher } from '../tests/unit/model-host/fake-host';
import type { ColdStartTimes } from './cold-start-child';
import { FOLLOW_UP_QUESTION } from './generation/bench-prompt';
import { median } from './stats';
import { ensureTinyLlamaShapedModel } from './tinyllama-shaped-model';

const CHILD = fileURLToPath(new URL('./cold-start-child.ts', import.meta.url));
const TURNS_PER_CONVERSATION = 5;

interface WindowTimes {
  firstPaint: number;
  historyShown: number;
}

export async function runColdStartBench(args: string[]): Promise<boolean> {
  const { values } = parseArgs({
    args,
    options: {
      model: { type: 'string' },
      'tinyllama-shaped': { type: 'boolean', default: false },
      'tiny-fixture': { type: 'boolean', default: false },
      threads: { type: 'string', default: '2' },
      runs: { type: 'string', default: '5' },
      conversations: { type: 'string', default: '200' },
      renderer: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const conversations = Number(values.conversations);
  const modelPath =
    values.model ?? (values['tiny-fixture'] ? (await ensureTinyModel()).modelPath : await ensureTinyLlamaShapedModel());
  const dir = mkdtempSync(join(tmpdir(), 'mea-cold-start-'));
  try {
    const template = join(dir, 'template');
    await seed(template, modelPath, Number(values.threads), conversations);
    console.log(`cold start: ${modelPath}, ${conversations} conversations of ${2 * TURNS_PER_CONVERSATION} messages`);
    const services: ColdStartTimes[] = [];
    for (let run = 0; run < runs; run += 1) {
      const dataDir = join(dir, `run-${run}`);
      cpSync(template, dataDir, { recursive: true });
      const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, '--data', dataDir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const times = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ColdStartTimes;
      services.push(times);
      console.log(`  run ${run + 1}: ${formatRun(times)}`);
    }
    const med = (pick: (t: ColdStartTimes) => number): string => `${median(services.map(pick)).toFixed(0)} ms`;
    console.log('median, ms since the process started (Node + tsx; the packaged app is bundled):');
    console.log(`  services imported          ${med((t) => t.imported)}`);
    console.log(
      `  services ready (createApp) ${med((t) => t.servicesReady)}  (createApp alone ${med((t) => t.servicesReady - t.imported)})`,
    );
    console.log(`  history listed             ${med((t) => t.historyListed)}`);
    console.log(`  newest conversation open   ${med((t) => t.conversationOpened)}`);
    console.log(`  model ready                ${med((t) => t.modelReady)}`);
    console.log(
      `  first token, new question  ${med((t) => t.firstToken)}  (after ready ${med((t) => t.firstToken - t.modelReady)})`,
    );
    console.log(`  a second new question      first token ${med((t) => t.warmTimeToFirstToken)} after asking (warm)`);
    const rendererDir = values.renderer ?? process.env.MEA_RENDERER_DIR ?? join(process.cwd(), 'out', 'renderer');
    const window = await measureWindow(rendererDir, template, dir, runs);
    if (window) {
      const paint = median(window.map((w) => w.firstPaint));
      const shown = median(window.map((w) => w.historyShown));
      const ready = median(services.map((t) => t.conversationOpened));
      console.log(`window (Chromium, the built renderer bridged to the services), median of ${window.length}:`);
      console.log(`  first contentful paint     ${paint.toFixed(0)} ms after navigation`);
      console.log(`  history shown              ${shown.toFixed(0)} ms after navigation`);
      console.log(`  interactive window ≈ services ready + history shown = ${(ready + shown).toFixed(0)} ms`);
    }
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function formatRun(t: ColdStartTimes): string {
  return [
    `imported ${t.imported.toFixed(0)}`,
    `services ${t.servicesReady.toFixed(0)}`,
    `history ${t.historyListed.toFixed(0)} (${t.conversations})`,
    `opened ${t.conversationOpened.toFixed(0)}`,
    `model ready ${t.modelReady.toFixed(0)}`,
    `first token ${t.firstToken.toFixed(0)} ms`,
    `warm ${t.warmTimeToFirstToken.toFixed(0)} ms`,
  ].join(', ');
}

/** A data folder as a student leaves it: the model chosen, fixed threads, and the history. */
async function seed(dataDir: string, modelPath: string, threads: number, count: number): Promise<void> {
  const app = createApp({
    dataDir,
    launcher: new FakeLauncher(),
    events: { emit: () => undefined },
    pickFile: async () => null,
    version: '0.0.0-bench',
    threadCalibration: false,
  });
  try {
    const update = await app.dispatcher.dispatch('settings:update', { modelPath, threads });
    if (!update.ok) throw new Error(update.error.message);
    const messages = new MessageRepository(app.db);
    for (let i = 1; i <= count; i += 1) {
      const created = await app.dispatcher.dispatch('conversations:create', { title: `Topic ${i}` });
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.value as { id: number };
      for (let turn = 0; turn < TURNS_PER_CONVERSATION; turn += 1) {
        messages.addUser(id, `${FOLLOW_UP_QUESTION} (${i}.${turn})`);
        const answer = messages.startAssistant(id, { modelName: 'bench', profile: null });
        messages.finish(answer.id, {
          content: 'Hypokalemia is a low serum potassium. '.repeat(20),
          status: 'complete',
        });
      }
    }
  } finally {
    await app.close();
  }
}

/** The window's first paint and the history shown, in Chromium; null without a built renderer or Chromium. */
async function measureWindow(
  rendererDir: string,
  template: string,
  dir: string,
  runs: number,
): Promise<WindowTimes[] | null> {
  const { CHROMIUM_PATH } = await import('../tests/e2e/playwright.config');
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(CHROMIUM_PATH)) {
    console.log(`window: skipped (no built renderer at ${rendererDir} or no Chromium at ${CHROMIUM_PATH})`);
    return null;
  }
  const { chromium } = await import('@playwright/test');
  const { AppHarness } = await import('../tests/e2e/support/app-harness');
  const { buildBridgeScript } = await import('../tests/e2e/support/bridge-script');
  const { serveDirectory } = await import('../tests/e2e/support/static-server');
  const bridgeScript = await buildBridgeScript();
  const server = await serveDirectory(rendererDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  const results: WindowTimes[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const dataDir = join(dir, `window-${run}`);
      cpSync(template, dataDir, { recursive: true });
      const harness = new AppHarness({ bridgeScript, dataDir });
      const page = await browser.newPage();
      try {
        await harness.attach(page);
        const start = Date.now();
        await page.goto(server.url);
        await page.getByText('Topic 1', { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
        const historyShown = Date.now() - start;
        const firstPaint = await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        );
        results.push({ firstPaint, historyShown });
        console.log(
          `  window run ${run + 1}: first paint ${firstPaint.toFixed(0)} ms, history shown ${historyShown} ms`,
        );
      } finally {
        await page.close();
        await harness.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
