// Window sizes the layout must hold at, 200% zoom through Chromium's device metrics, and a measure of
// horizontal overflow. Shared by the layout spec, the axe spec and the accessibility audit.
import type { Page } from '@playwright/test';

export interface Size {
  width: number;
  height: number;
}

/** The default window (tests run at Playwright's 1280×720 otherwise) and the app's minimum window. */
export const DESKTOP: Size = { width: 1280, height: 800 };
export const MIN_WINDOW: Size = { width: 720, height: 480 };

/**
 * 200% browser zoom of a 1280×800 window lays out exactly like a 640×400 CSS viewport; the device scale
 * factor of 2 only makes a screenshot as sharp as the zoomed window would be. CSS `zoom` is not used: it
 * scales `100vh`, which the app shell relies on.
 */
export const ZOOM_200 = { width: 640, height: 400, deviceScaleFactor: 2 } as const;
/** 200% of the minimum window: the smallest layout the app can be asked for. */
export const ZOOM_200_MIN_WINDOW = { width: 360, height: 240, deviceScaleFactor: 2 } as const;

export type ZoomMetrics = typeof ZOOM_200 | typeof ZOOM_200_MIN_WINDOW;

export interface Zoomed {
  /** A screenshot at the zoomed scale factor (Playwright's own would scale back to 1). */
  screenshot(): Promise<Buffer>;
}

/** Runs `task` with the page at a zoom (see ZOOM_200), then restores `restore`. */
export async function atZoom<T>(
  page: Page,
  metrics: ZoomMetrics,
  task: (zoomed: Zoomed) => Promise<T>,
  restore: Size = DESKTOP,
): Promise<T> {
  await page.setViewportSize({ width: metrics.width, height: metrics.height });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...metrics, mobile: false });
    await settle(page);
    return await task({
      screenshot: async () => {
        const shot = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
        return Buffer.from(shot.data, 'base64');
      },
    });
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.setViewportSize(restore);
  }
}

/** Lets layout, fonts and a resize-driven re-render (the header's menu, the virtual card list) finish. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r())))');
  await page.waitForTimeout(150);
}

export interface OverflowMeasure {
  /** document.scrollingElement.scrollWidth - clientWidth: horizontal scrolling of the whole page. */
  documentPx: number;
  /** How far the widest visible element reaches past the viewport's right edge, inside scroll/clip boxes too. */
  beyondViewportPx: number;
  /** That element, as "parent > element" (tag plus data-testid or aria-label). */
  widest: string;
  /** The same, leaving out the app header, so each view's own overflow shows. */
  contentBeyondPx: number;
  contentWidest: string;
}

// A string, not a function: the node tsconfig has no DOM types.
const MEASURE_OVERFLOW = `(() => {
  const root = document.scrollingElement;
  const width = document.documentElement.clientWidth;
  const header = document.querySelector('body header');
  const reach = (skipHeader) => {
    let beyond = 0;
    let widest = null;
    for (const el of document.body.querySelectorAll('*')) {
      if (skipHeader && header !== null && header.contains(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // The outermost element that reaches furthest names the cause better than its children do.
      if (box.right - width > beyond + 0.5) {
        beyond = box.right - width;
        widest = el;
      }
    }
    return { px: Math.max(0, Math.round(beyond)), widest };
  };
  const name = (el) => {
    if (el === null) return '';
    const id = el.getAttribute('data-testid');
    const label = el.getAttribute('aria-label');
    return el.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : label ? '[aria-label=' + label + ']' : '');
  };
  const describe = (el) => (el === null ? '' : name(el.parentElement) + ' > ' + name(el));
  const all = reach(false);
  const content = reach(true);
  return {
    documentPx: root.scrollWidth - root.clientWidth,
    beyondViewportPx: all.px,
    widest: describe(all.widest),
    contentBeyondPx: content.px,
    contentWidest: describe(content.widest),
  };
})()`;

export async function measureOverflow(page: Page): Promise<OverflowMeasure> {
  return (await page.evaluate(MEASURE_OVERFLOW)) as OverflowMeasure;
}
