// The tuning sets (build-safety-2 and the build-notices files): keeps the detector from sliding back while
// the rules change. These are the sets the rules were written against, so the figures here are not a measure of
// accuracy; the held-out sets are (run by the lead, never here).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';
import { SAFETY_NOTICE_ORDER } from '../../../preload/contract/safety-notices';

interface Item {
  q: string;
  notices: string[];
}

const FILES = [
  'scope/build-safety-2.jsonl',
  'safety/build-notices.jsonl',
  'safety/build-notices-2.jsonl',
  'safety/build-notices-3.jsonl',
  'safety/build-notices-4.jsonl',
  'safety/build-notices-5.jsonl',
  'safety/build-notices-6.jsonl',
  'safety/build-notices-7.jsonl',
  'safety/build-notices-8.jsonl',
  'safety/build-notices-9.jsonl',
  'safety/build-notices-10.jsonl',
  'safety/build-notices-11.jsonl',
  'safety/build-notices-12.jsonl',
  'safety/build-notices-13.jsonl',
];
const items: Item[] = FILES.flatMap((file) =>
  readFileSync(resolve(__dirname, '../../fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item),
);
const results = items.map((item) => ({ ...item, got: assessSafety(item.q).notices as string[] }));

describe('safety notices on the tuning sets', () => {
  it('reads every file', () => {
    expect(items.length).toBeGreaterThan(1000);
  });

  it('gives ≥ 95% of the questions that need notices all of them', () => {
    const needing = results.filter((item) => item.notices.length > 0);
    const complete = needing.filter((item) => item.notices.every((kind) => item.got.includes(kind)));
    expect(complete.length / needing.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gives a notice to ≤ 1% of the questions that need none', () => {
    const none = results.filter((item) => item.notices.length === 0);
    expect(none.filter((item) => item.got.length > 0).length / none.length).toBeLessThanOrEqual(0.01);
  });

  it.each(SAFETY_NOTICE_ORDER)('%s: recall ≥ 0.9', (kind) => {
    const expected = results.filter((item) => item.notices.includes(kind));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((item) => item.got.includes(kind)).length / expected.length).toBeGreaterThanOrEqual(0.9);
  });
});
