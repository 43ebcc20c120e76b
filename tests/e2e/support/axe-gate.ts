// A state visitor (see app-states.ts) that runs axe-core on each state in the light and dark schemes at
// 1280×800 and at the minimum window, and keeps every serious or critical violation for the spec to fail on.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StateSpec, StateVisitor } from './app-state-list';
import { DESKTOP, MIN_WINDOW, settle, type Size } from './viewport';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const SCHEMES = ['light', 'dark'] as const;
export const AXE_SIZES: readonly { name: string; size: Size }[] = [
  { name: '1280x800', size: DESKTOP },
  { name: '720x480', size: MIN_WINDOW },
];
const BLOCKING = new Set(['serious', 'critical']);

export class AxeGate implements StateVisitor {
  readonly failures: string[] = [];
  /** One line per serious or critical rule broken in one state, scheme and size. */
  readonly violations: string[] = [];
  /** How many axe runs were made. */
  runs = 0;

  constructor(private readonly page: Page) {}

  async state(spec: StateSpec, open: () => Promise<void>): Promise<void> {
    try {
      await this.page.setViewportSize(DESKTOP);
      // The header swaps its menu for the tabs a frame after the resize; opening before that lands aims at a
      // control about to go.
      await settle(this.page);
      await open();
    } catch (error) {
      this.failures.push(`${spec.state}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return;
    }
    for (const scheme of SCHEMES) {
      await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const { name, size } of AXE_SIZES) {
        await this.page.setViewportSize(size);
        await spec.prepare?.();
        await settle(this.page);
        const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
        this.runs += 1;
        for (const violation of results.violations) {
          if (!BLOCKING.has(violation.impact ?? '')) continue;
          const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
          this.violations.push(
            `${spec.state} [${scheme} ${name}]: ${violation.id} (${violation.impact}, ` +
              `${violation.nodes.length} nodes: ${targets.join(', ')})`,
          );
        }
      }
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
    await this.page.setViewportSize(DESKTOP);
  }
}
