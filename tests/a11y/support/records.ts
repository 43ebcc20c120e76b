// What one audited state leaves behind (test-results/a11y/records/<slug>.json), read back by the summary.
import { join } from 'node:path';
import { ALL_STATES, type StateKind } from '../../e2e/support/app-state-list';

export type { StateKind };

// MEA_A11Y_DIR lets parallel work keep its records apart (run it with --output set to the same folder).
export const A11Y_DIR = process.env.MEA_A11Y_DIR ?? join(process.cwd(), 'test-results', 'a11y');
export const RECORDS_DIR = join(A11Y_DIR, 'records');
export const SCREENSHOTS_DIR = join(A11Y_DIR, 'screenshots');

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface RuleHit {
  id: string;
  impact: Impact;
  nodes: number;
  /** The first few offending elements (axe selectors), for finding them in the app. */
  targets: string[];
}

export interface AxeRun {
  scheme: 'light' | 'dark';
  size: string;
  counts: Record<Impact, number>;
  rules: RuleHit[];
}

export interface Overflow {
  /** The viewport it was measured at: '720x480' or '200%' (a 640×400 CSS viewport). */
  at: string;
  /** document.scrollingElement.scrollWidth - clientWidth: horizontal scrolling of the whole page. */
  documentPx: number;
  /** How far the widest visible element reaches past the viewport's right edge, inside scroll/clip boxes too. */
  beyondViewportPx: number;
  /** That element, as "parent > element" (tag plus data-testid or aria-label). */
  widest: string;
  /** The same, leaving out the app header (its one-line navigation), so each view's own overflow shows. */
  contentBeyondPx: number;
  contentWidest: string;
}

export interface StateRecord {
  state: string;
  kind: StateKind;
  opened: boolean;
  error?: string;
  axe: AxeRun[];
  overflow: Overflow[];
  screenshots: string[];
}

export function slug(state: string): string {
  return state
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every state the spec opens, in report order; one missing from the records was never reached. */
export const EXPECTED_STATES = ALL_STATES;
