// The real main-process services (SQLite, model host process, dispatcher) bridged to a Chromium page
// in place of Electron's preload: window.api calls go through the same Dispatcher as in the app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createApp, type App, type AppDependencies } from '../../../main/services/app/create-app';
import { EventHub, type EventSink } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import { mediaResponse } from '../../../main/shell/media-response';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { PickKind } from '../../../preload/contract/features/app';
import { FakeSecretBox } from '../../support/fake-secret-box';
import { bundleBrowserScript } from './bridge-script';

export interface HarnessOptions {
  bridgeScript: string;
  /** Reuse a data folder (to test a restart); a fresh temp folder otherwise. */
  dataDir?: string;
  /** What the "Browse…" button returns, standing in for the native file dialog. */
  pickFile?: (kind: PickKind) => Promise<string | null>;
  makeCardsLimits?: AppDependencies['makeCardsLimits'];
  /** Extra environment for the forked model host (e.g. the offline test's network guard). */
  hostEnv?: Record<string, string>;
}

class PageEventSink implements EventSink {
  constructor(private readonly page: Page) {}

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (this.page.isClosed()) return;
    this.page
      .evaluate(
        ([c, p]) => (globalThis as unknown as { __meaEmit?: (c: string, p: unknown) => void }).__meaEmit?.(c, p),
        [channel, payload] as const,
      )
      .catch(() => undefined); // The page may be navigating; the app reloads state on load anyway.
  }
}

export class AppHarness {
  readonly dataDir: string;
  readonly app: App;
  private readonly events = new EventHub();
  private readonly ownsDataDir: boolean;

  constructor(private readonly options: HarnessOptions) {
    this.ownsDataDir = options.dataDir === undefined;
    this.dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mea-e2e-'));
    this.app = createApp({
      dataDir: this.dataDir,
      launcher: new ForkHostLauncher({ env: options.hostEnv }),
      events: this.events,
      pickFile: options.pickFile ?? (async () => null),
      version: '0.0.0-e2e',
      resourcesDir: join(process.cwd(), 'resources'),
      makeCardsLimits: options.makeCardsLimits,
      // The UI specs stop answers mid-stream, which needs the tiny model at the machine's full thread
      // count (slow on 2 cores); calibration would pick 1 thread and finish answers before Stop.
      // Calibration has its own integration and renderer tests.
      threadCalibration: false,
      // Stands in for Electron's safeStorage: servers' API keys are stored sealed, as in the app.
      secretBox: new FakeSecretBox(),
    });
  }

  /** Calls main exactly as the renderer would (validated by the dispatcher); throws on an error envelope. */
  async call(channel: string, payload: unknown): Promise<unknown> {
    const envelope = await this.app.dispatcher.dispatch(channel, payload);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value;
  }

  async useModel(modelPath: string, loraPath: string | null = null): Promise<void> {
    await this.call('settings:update', { modelPath, loraPath });
    await this.call('model:load', {});
  }

  /** Installs window.api into the page (before its scripts run) and routes events to it. */
  async attach(page: Page): Promise<void> {
    await page.exposeFunction('__meaInvoke', (channel: string, payload: unknown) =>
      this.app.dispatcher.dispatch(channel, payload),
    );
    await page.addInitScript({ content: this.options.bridgeScript });
    this.events.add(new PageEventSink(page));
  }

  /**
   * Serves card images from this app's media store, as app://media does in the app: the page's
   * app://media URLs are pointed at /__app-media/<hash> on its own origin (bridge/app-media.browser.ts)
   * and answered here by the protocol's own mediaResponse (same checks, headers and bytes).
   */
  async serveMedia(page: Page): Promise<void> {
    await page.addInitScript({ content: await bundleBrowserScript('app-media.browser.ts') });
    await page.route('**/__app-media/*', async (route) => {
      const hash = new URL(route.request().url()).pathname.slice('/__app-media/'.length);
      const range = await route.request().headerValue('range');
      const request = new Request(`app://media/${hash}`, { headers: range === null ? {} : { Range: range } });
      const response = (await mediaResponse(request, this.app.media)) ?? new Response(null, { status: 404 });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }

  async close(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app.close();
    if (this.ownsDataDir && !options.keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
