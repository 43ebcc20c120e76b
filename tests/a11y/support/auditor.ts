// Audits one app state in every colour scheme and size: axe (WCAG 2.0–2.2 A/AA tags), horizontal overflow at
// 720×480 and at 200% zoom, and screenshots of the main views. It reports; only a state that will not open fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  IMPACTS,
  RECORDS_DIR,
  SCREENSHOTS_DIR,
  slug,
  type AxeRun,
  type Impact,
  type Overflow,
  type StateKind,
  type StateRecord,
} from './records';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '720x480', width: 720, height: 480 },
] as const;
// 200% browser zoom of a 1280×800 window lays out exactly like a 640×400 CSS viewport; the device scale
// factor of 2 only makes the screenshot as sharp as the zoomed window would be.
const ZOOM = { width: 640, height: 400, deviceScaleFactor: 2 };

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

function screenshotPath(state: string, scheme: string, size: string): string {
  return join(SCREENSHOTS_DIR, `${slug(state)}--${scheme}--${size}.png`);
}

export interface StateSpec {
  state: string;
  kind: StateKind;
  /** Main views get screenshots at 720×480 and at 200%. */
  screenshots?: boolean;
  /** Re-creates a short-lived state (an undo toast) before each measurement. */
  prepare?: () => Promise<void>;
}

export class Auditor {
  /** States that could not be opened; the test fails on them after auditing the rest. */
  readonly failures: string[] = [];

  constructor(private readonly page: Page) {}

  /** Opens a state, audits it, and records it; an open that throws is recorded as not opened. */
  async state(spec: StateSpec, open: () => Promise<void>): Promise<void> {
    const record: StateRecord = {
      state: spec.state,
      kind: spec.kind,
      opened: false,
      axe: [],
      overflow: [],
      screenshots: [],
    };
    try {
      await this.page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
      await open();
      record.opened = true;
    } catch (error) {
      record.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.failures.push(`${spec.state}: ${record.error}`);
    }
    if (record.opened) await this.measure(spec, record);
    mkdirSync(RECORDS_DIR, { recursive: true });
    writeFileSync(join(RECORDS_DIR, `${slug(spec.state)}.json`), JSON.stringify(record, null, 2));
  }

  private async measure(spec: StateSpec, record: StateRecord): Promise<void> {
    for (const scheme of SCHEMES) {
      await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const size of SIZES) {
        await this.page.setViewportSize({ width: size.width, height: size.height });
        await spec.prepare?.();
        await this.settle();
        record.axe.push({ scheme, size: size.name, ...(await this.axe()) });
        if (size.name !== '720x480') continue;
        if (scheme === 'light') record.overflow.push({ at: size.name, ...(await this.overflow()) });
        if (spec.screenshots) record.screenshots.push(await this.screenshot(spec.state, scheme, size.name));
      }
      await this.atZoom(async (capture) => {
        if (scheme === 'light') record.overflow.push({ at: '200%', ...(await this.overflow()) });
        if (spec.screenshots) record.screenshots.push(await capture(screenshotPath(spec.state, scheme, '200pct')));
      }, spec.prepare);
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
    await this.page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
  }

  private async axe(): Promise<Pick<AxeRun, 'counts' | 'rules'>> {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    const counts = Object.fromEntries(IMPACTS.map((impact) => [impact, 0])) as Record<Impact, number>;
    const rules = results.violations.map((violation) => {
      const impact = (violation.impact ?? 'minor') as Impact;
      counts[impact] += 1;
      const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' '));
      return { id: violation.id, impact, nodes: violation.nodes.length, targets };
    });
    return { counts, rules };
  }

  private async overflow(): Promise<Omit<Overflow, 'at'>> {
    return (await this.page.evaluate(MEASURE_OVERFLOW)) as Omit<Overflow, 'at'>;
  }

  private async screenshot(state: string, scheme: string, size: string): Promise<string> {
    const path = screenshotPath(state, scheme, size);
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }

  /** Runs `task` with the page at 200% zoom (see ZOOM), then restores the normal viewport. */
  private async atZoom(
    task: (capture: (path: string) => Promise<string>) => Promise<void>,
    prepare?: () => Promise<void>,
  ): Promise<void> {
    await this.page.setViewportSize({ width: ZOOM.width, height: ZOOM.height });
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Emulation.setDeviceMetricsOverride', { ...ZOOM, mobile: false });
      await prepare?.();
      await this.settle();
      // Playwright's own screenshot would scale back to its device scale factor of 1; this keeps 2.
      await task(async (path) => {
        const shot = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        writeFileSync(path, Buffer.from(shot.data, 'base64'));
        return path;
      });
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await this.page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
    }
  }

  /** Lets layout, fonts and a resize-driven re-render (the virtual card list) finish. */
  private async settle(): Promise<void> {
    await this.page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r())))');
    await this.page.waitForTimeout(150);
  }
}
