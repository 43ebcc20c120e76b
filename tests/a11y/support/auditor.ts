// Audits one app state in every colour scheme and size: axe (WCAG 2.0–2.2 A/AA tags), horizontal overflow at
// 720×480 and at 200% zoom, and screenshots of the main views. It reports; only a state that will not open fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StateSpec, StateVisitor } from '../../e2e/support/app-state-list';
import { AXE_SIZES, SCHEMES, WCAG_TAGS } from '../../e2e/support/axe-gate';
import { atZoom, DESKTOP, measureOverflow, settle, ZOOM_200 } from '../../e2e/support/viewport';
import { IMPACTS, RECORDS_DIR, SCREENSHOTS_DIR, slug, type AxeRun, type Impact, type StateRecord } from './records';

function screenshotPath(state: string, scheme: string, size: string): string {
  return join(SCREENSHOTS_DIR, `${slug(state)}--${scheme}--${size}.png`);
}

export class Auditor implements StateVisitor {
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
      await this.page.setViewportSize(DESKTOP);
      // As in the axe gate: the header swaps its menu for the tabs a frame after the resize.
      await settle(this.page);
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
      for (const { name, size } of AXE_SIZES) {
        await this.page.setViewportSize(size);
        await spec.prepare?.();
        await settle(this.page);
        record.axe.push({ scheme, size: name, ...(await this.axe()) });
        if (name !== '720x480') continue;
        if (scheme === 'light') record.overflow.push({ at: name, ...(await measureOverflow(this.page)) });
        if (spec.screenshots) record.screenshots.push(await this.screenshot(spec.state, scheme, name));
      }
      await atZoom(this.page, ZOOM_200, async (zoomed) => {
        await spec.prepare?.();
        await settle(this.page);
        if (scheme === 'light') record.overflow.push({ at: '200%', ...(await measureOverflow(this.page)) });
        if (!spec.screenshots) return;
        const path = screenshotPath(spec.state, scheme, '200pct');
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        writeFileSync(path, await zoomed.screenshot());
        record.screenshots.push(path);
      });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
    await this.page.setViewportSize(DESKTOP);
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

  private async screenshot(state: string, scheme: string, size: string): Promise<string> {
    const path = screenshotPath(state, scheme, size);
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }
}
