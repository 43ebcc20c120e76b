// Playwright fixtures: the built renderer served once per worker, a fresh app harness per test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { CHROMIUM_PATH } from '../playwright.config';
import { ChatPage } from '../pages/chat-page';
import { AppHarness } from './app-harness';
import { buildBridgeScript } from './bridge-script';
import { serveDirectory, type StaticServer } from './static-server';

interface WorkerFixtures {
  rendererServer: StaticServer;
  bridgeScript: string;
  tinyModel: { modelPath: string; loraPath: string };
}

interface TestFixtures {
  harness: AppHarness;
  chat: ChatPage;
  /** Loads the tiny model into this test's app, then opens the chat view and waits for "ready". */
  openChatWithTinyModel: () => Promise<void>;
}

// MEA_RENDERER_DIR lets parallel work build into its own folder (electron-vite build --outDir DIR).
const RENDERER_DIR = process.env.MEA_RENDERER_DIR ?? join(process.cwd(), 'out', 'renderer');

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererServer: [
    async ({}, use) => {
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        throw new Error(`No built renderer at ${RENDERER_DIR}: run "npm run build" first (npm test does).`);
      }
      if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set MEA_CHROMIUM_PATH).`,
        );
      }
      const server = await serveDirectory(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  bridgeScript: [async ({}, use) => use(await buildBridgeScript()), { scope: 'worker' }],
  tinyModel: [async ({}, use) => use(await ensureTinyModel()), { scope: 'worker' }],

  harness: async ({ bridgeScript }, use) => {
    const harness = new AppHarness({ bridgeScript });
    await use(harness);
    await harness.close();
  },
  chat: async ({ page, harness, rendererServer }, use) => {
    await harness.attach(page);
    await use(new ChatPage(page, rendererServer.url));
  },
  openChatWithTinyModel: async ({ chat, harness, tinyModel }, use) => {
    await use(async () => {
      await harness.useModel(tinyModel.modelPath);
      await chat.open();
      await chat.waitForModel('ready');
    });
  },
});

export { expect };
