// What a keyboard or screen-reader user meets: the app's live region, the focused element, and Tab
// pressed until focus reaches a given control (no mouse involved).
// The callbacks run in the page; this file compiles without the DOM library, hence the narrow casts.
import { expect, type Locator, type Page } from '@playwright/test';

interface PageElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

type PageGlobals = {
  document: { activeElement: PageElement | null; querySelector(selector: string): PageElement | null };
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: object): void };
  __liveLog?: string[];
};

/** The app's one polite live region (visually hidden). */
export function liveRegion(page: Page): Locator {
  return page.getByTestId('live-region');
}

/** A short description of the focused element, for assertions and failure messages. */
export async function focused(
  page: Page,
): Promise<{ tag: string; testId: string | null; role: string | null; text: string }> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as PageGlobals).document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      testId: el?.getAttribute('data-testid') ?? null,
      role: el?.getAttribute('role') ?? null,
      text: (el?.textContent ?? '').trim().slice(0, 200),
    };
  });
}

export async function expectFocusOffBody(page: Page): Promise<void> {
  await expect.poll(async () => (await focused(page)).tag).not.toMatch(/^(body|none)$/);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  if (handle === null) throw new Error('tabTo: the target is not on the page');
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === (globalThis as unknown as PageGlobals).document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `tabTo: focus never reached the target in ${max} presses (now on ${JSON.stringify(await focused(page))})`,
  );
}

/** Starts keeping every text the live region shows (read back with liveRegionLog). */
export async function recordLiveRegion(page: Page): Promise<void> {
  await liveRegion(page).waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const globals = globalThis as unknown as PageGlobals;
    const region = globals.document.querySelector('[data-testid="live-region"]');
    if (region === null) throw new Error('no live region');
    const log: string[] = [];
    globals.__liveLog = log;
    new globals.MutationObserver(() => log.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** The texts the live region showed since recordLiveRegion, in order (empty ones included). */
export async function liveRegionLog(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((globalThis as unknown as PageGlobals).__liveLog ?? [])]);
}
