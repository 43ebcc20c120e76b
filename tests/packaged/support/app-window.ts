// The packaged app's window as the specs use it: window.api calls (the real preload), the chat view, and a
// recorder of the model states the page showed (a crash state can be shorter than one poll).
import { availableParallelism } from 'node:os';
import { expect, type Page } from '@playwright/test';
import { APP_ORIGIN } from '../../../main/shell/app-origin';
import type { Envelope } from '../../../preload/contract/envelope';
import { ChatPage } from '../../e2e/pages/chat-page';

/** Calls window.api[name](...args) in the page; resolves with the envelope the preload returns. */
export async function callApi<T = unknown>(page: Page, name: string, ...args: unknown[]): Promise<Envelope<T>> {
  return page.evaluate(
    async ([fn, params]) => {
      const api = (globalThis as unknown as { api: Record<string, (...a: unknown[]) => Promise<unknown>> }).api;
      return api[fn]!(...params);
    },
    [name, args] as const,
  ) as Promise<Envelope<T>>;
}

/** Like callApi, but fails the test on an error envelope. */
export async function api<T = unknown>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  const envelope = await callApi<T>(page, name, ...args);
  if (!envelope.ok) throw new Error(`window.api.${name}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * Chooses and loads a model through the page's window.api. A fixed thread count (what 'auto' means without
 * calibration) skips the first-load calibration, which the UI specs do not test.
 */
export async function useModel(page: Page, modelPath: string, maxTokens: number): Promise<void> {
  await api(page, 'updateSettings', {
    modelPath,
    loraPath: null,
    threads: Math.min(availableParallelism(), 256),
    gpuLayers: 'off',
    sampling: { maxTokens },
  });
  const status = await api<{ state: string; message: string | null }>(page, 'loadModel');
  expect(status.state, status.message ?? '').toBe('ready');
}

/** Reloads the window (as the app shows it after a start) and returns the chat view, past the first-run setup. */
export async function openChat(page: Page): Promise<ChatPage> {
  await page.reload();
  const chat = new ChatPage(page, APP_ORIGIN);
  await expect(page.getByTestId('disclaimer')).toBeVisible();
  await expect(page.locator('main[data-setup-check="done"]')).toBeAttached();
  if (await page.getByTestId('setup-view').isVisible()) await page.getByTestId('setup-skip').click();
  return chat;
}

/** Starts recording every model state the status indicator shows and whether the crash banner appeared. */
export async function recordModelStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { states: [] as string[], crashBanner: false };
    (globalThis as unknown as { __meaSeen: typeof seen }).__meaSeen = seen;
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    const record = (): void => {
      const state = doc.querySelector('[data-testid="model-status"]')?.getAttribute('data-state');
      if (state && seen.states.at(-1) !== state) seen.states.push(state);
      if (doc.querySelector('[data-testid="model-crash"]')) seen.crashBanner = true;
    };
    record();
    const Observer = (globalThis as unknown as { MutationObserver: MutationObserverLike }).MutationObserver;
    new Observer(record).observe(doc.body, { subtree: true, childList: true, attributes: true });

    // Minimal DOM shapes: the Node type-check of the tests has no DOM library.
    interface DocumentLike {
      body: unknown;
      querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    }
    type MutationObserverLike = new (callback: () => void) => { observe(target: unknown, options: object): void };
  });
}

export async function seenModelStates(page: Page): Promise<{ states: string[]; crashBanner: boolean }> {
  return page.evaluate(
    () => (globalThis as unknown as { __meaSeen: { states: string[]; crashBanner: boolean } }).__meaSeen,
  );
}
