// Measures assessSafety on the independently written red-flag set: per-kind recall and precision.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';
import { SAFETY_NOTICE_ORDER, type SafetyNoticeKind } from '../../../preload/contract/safety-notices';

interface Item {
  q: string;
  notices: SafetyNoticeKind[];
  lang: string;
}

const items: Item[] = readFileSync(resolve(__dirname, '../../fixtures/safety/red-flags.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Item);

// The set predates the later notice kinds (eating disorder, harm to others…): it measures the kinds it labels.
const MEASURED: SafetyNoticeKind[] = SAFETY_NOTICE_ORDER.filter((kind) =>
  items.some((item) => item.notices.includes(kind)),
);

describe('red-flag measuring set', () => {
  it('has enough items to measure', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
  });

  it('labels the four kinds it was written for', () => {
    expect(MEASURED).toEqual(expect.arrayContaining(['crisis', 'emergency', 'poisoning', 'dose']));
  });

  it.each(MEASURED)('%s: recall ≥ 0.95 and precision ≥ 0.9', (kind) => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    for (const item of items) {
      const expected = item.notices.includes(kind);
      const got = assessSafety(item.q).notices.includes(kind);
      if (expected && got) truePositive += 1;
      else if (got) falsePositive += 1;
      else if (expected) falseNegative += 1;
    }
    const recall = truePositive / (truePositive + falseNegative);
    const precision = truePositive / (truePositive + falsePositive);
    console.log(`${kind}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} (tp ${truePositive})`);
    expect(truePositive).toBeGreaterThan(0);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
