// The notice side of `npm run eval:scope`: the frozen held-out set is unchanged, the notice figures count what
// they say, and a bad `notices` value is refused with its line number.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelledQuestions } from '../../../bench/scope-data';
import { noticeFigures, type NoticeScoredQuestion } from '../../../bench/scope-notice-metrics';

const DATA = join(process.cwd(), 'tests', 'fixtures', 'scope');

describe('holdout-2.jsonl is frozen', () => {
  it('its sha256 matches holdout-2.sha256', () => {
    const [expected] = readFileSync(join(DATA, 'holdout-2.sha256'), 'utf8').trim().split(/\s+/);
    const actual = createHash('sha256')
      .update(readFileSync(join(DATA, 'holdout-2.jsonl')))
      .digest('hex');
    expect(
      actual,
      'tests/fixtures/scope/holdout-2.jsonl changed: the held-out set must not be edited (no relabelling, no ' +
        'additions); put new or corrected questions in a build file instead',
    ).toBe(expected);
  });

  it('reads as 579 questions, every one with notices', () => {
    const items = readLabelledQuestions(join(DATA, 'holdout-2.jsonl'));
    expect(items).toHaveLength(579);
    expect(items.every((item) => Array.isArray(item.notices))).toBe(true);
  });
});

describe('noticeFigures', () => {
  const item = (
    label: NoticeScoredQuestion['label'],
    predicted: NoticeScoredQuestion['predicted'],
    expected: string[],
    got: string[],
  ): NoticeScoredQuestion => ({ label, predicted, expected, got });

  const figures = noticeFigures(
    [
      item('medical', 'medical', ['dose', 'poisoning'], ['dose', 'poisoning']), // complete
      item('medical', 'medical', ['others_medicine', 'poisoning'], ['poisoning']), // misses a new kind
      item('medical', 'out_of_scope', ['crisis'], []), // declined, no notice
      item('medical', 'out_of_scope', ['animal_exposure', 'emergency'], ['emergency']), // declined, only some
      item('medical', 'out_of_scope', ['dose'], ['dose']), // declined, with the notice
      item('medical', 'medical', [], ['dose']), // false dose
      item('out_of_scope', 'out_of_scope', [], ['emergency']), // false emergency
      item('out_of_scope', 'out_of_scope', [], []),
    ],
    ['crisis', 'emergency', 'poisoning', 'dose'],
  );

  it('per kind: expected, hits, recall and false notices, in the given order then alphabetically', () => {
    expect(figures.kinds).toEqual([
      { kind: 'crisis', expected: 1, hits: 0, recall: 0, falseNotices: 0 },
      { kind: 'emergency', expected: 1, hits: 1, recall: 1, falseNotices: 1 },
      { kind: 'poisoning', expected: 2, hits: 2, recall: 1, falseNotices: 0 },
      { kind: 'dose', expected: 2, hits: 2, recall: 1, falseNotices: 1 },
      { kind: 'animal_exposure', expected: 1, hits: 0, recall: 0, falseNotices: 0 },
      { kind: 'others_medicine', expected: 1, hits: 0, recall: 0, falseNotices: 0 },
    ]);
  });

  it('complete coverage, false notices and declines', () => {
    expect(figures).toMatchObject({
      needing: 5,
      complete: 2,
      expectingNone: 3,
      expectingNoneWithNotice: 2,
      needingMedical: 5,
      declined: 3,
      declinedWithoutNotice: 1,
      declinedMissingSome: 1,
    });
  });

  it('a kind only ever given has no recall', () => {
    const [only] = noticeFigures([item('medical', 'medical', [], ['dose'])]).kinds;
    expect(only).toMatchObject({ kind: 'dose', expected: 0, hits: 0, falseNotices: 1 });
    expect(only?.recall).toBeNaN();
  });
});

describe('readLabelledQuestions: notices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scope-notices-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: unknown[]) => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    return path;
  };
  const base = { q: 'How much paracetamol is too much?', label: 'medical', kind: 'safety', lang: 'en' };

  it('accepts files without notices, with [] and with kinds the app does not have yet', () => {
    const path = write('good.jsonl', [base, { ...base, notices: [] }, { ...base, notices: ['eating_disorder'] }]);
    expect(readLabelledQuestions(path).map((item) => item.notices)).toEqual([undefined, [], ['eating_disorder']]);
  });

  it.each([
    ['a string', 'dose'],
    ['a number in the array', ['dose', 3]],
    ['an empty kind name', ['']],
    ['a repeated kind', ['dose', 'dose']],
    ['null', null],
  ])('refuses %s with the line number', (_name, notices) => {
    const path = write('bad.jsonl', [base, { ...base, notices: ['dose'] }, { ...base, notices }]);
    expect(() => readLabelledQuestions(path)).toThrow(/bad\.jsonl line 3: notices/);
  });
});
