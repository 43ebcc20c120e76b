// The learned notice layer's training data: every line of the build files (tests/fixtures/scope/build*.jsonl and
// tests/fixtures/safety/build-notices*.jsonl and build-rule-tests.jsonl; never the measuring or held-out sets). A line that says which notices
// it expects is labelled; an ordinary question from the older scope files (no `notices`, not of kind `safety`) is
// taken to need what the rules give it (almost always nothing), so the models also learn what everyday questions
// look like. Each file is a source of its own: the files were written by different people or rounds, so leaving
// one out is the nearest thing here to a new author's wording.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessSafety, normalizeForSafety } from '../../main/services/safety';
import type { SafetyNoticeKind } from '../../main/services/safety';
import { readLabelledQuestions } from '../scope-data';
import { compareStrings } from '../scope-model/train';
import { framedQuestions } from './frames';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const SCOPE_DATA = join(ROOT, 'tests', 'fixtures', 'scope');
export const SAFETY_DATA = join(ROOT, 'tests', 'fixtures', 'safety');
/** Only these files are training data; the measuring and held-out sets never match. */
const BUILD_FILE: Readonly<Record<string, RegExp>> = {
  [SCOPE_DATA]: /^build[\w-]*\.jsonl$/,
  [SAFETY_DATA]: /^build-(?:notices[\w-]*|rule-tests)\.jsonl$/,
};

/**
 * The rule tests' sentences count this many times: they are the look-alikes people picked one by one as the
 * hardest ("i want to end things with my boyfriend"), and once was not enough for the models to leave them alone.
 */
export const RULE_TESTS = 'build-rule-tests.jsonl';
const RULE_TEST_WEIGHT = 3;
/**
 * A labelled line that expects no notice counts twice: the notice sets' are look-alikes written to be hard ("i'm
 * dead serious about this", "how to cut calories without feeling hungry"), and counted once the models gave more
 * than 1% of them a notice even after training on them.
 */
const LOOK_ALIKE_WEIGHT = 2;

function weightOf(source: string, labelled: boolean, notices: readonly string[]): number {
  if (source === RULE_TESTS) return RULE_TEST_WEIGHT;
  return labelled && notices.length === 0 ? LOOK_ALIKE_WEIGHT : 1;
}

export interface NoticeExample {
  q: string;
  normalized: string;
  /** The file it comes from (its own source). */
  source: string;
  lang: string;
  notices: readonly string[];
  /** Whether the file says which notices it expects (else they are the rules' own). */
  labelled: boolean;
  /** What the hand-written rules give it (before any learned notice). */
  rules: readonly SafetyNoticeKind[];
  /** How many times it counts in training. */
  weight: number;
}

/** The build files, in a fixed order, leaving out any named in `exclude` (bare file names). */
export function buildFiles(exclude: readonly string[] = []): string[] {
  return Object.entries(BUILD_FILE).flatMap(([folder, pattern]) =>
    readdirSync(folder)
      .filter((name) => pattern.test(name) && !exclude.includes(name))
      .sort(compareStrings)
      .map((name) => join(folder, name)),
  );
}

/** Every line that carries `notices`, and every ordinary question, with the rules' own notices. */
export function readNoticeExamples(
  files: readonly string[],
  rulesOnly: (text: string) => SafetyNoticeKind[],
): NoticeExample[] {
  return files.flatMap((path) => {
    const source = path.slice(path.lastIndexOf('/') + 1);
    return readLabelledQuestions(path)
      .filter((item) => item.notices !== undefined || item.kind !== 'safety')
      .map((item) => {
        const rules = rulesOnly(item.q);
        const notices = item.notices ?? rules;
        return {
          q: item.q,
          normalized: normalizeForSafety(item.q),
          source,
          lang: item.lang,
          notices,
          labelled: item.notices !== undefined,
          rules,
          weight: weightOf(source, item.notices !== undefined, notices),
        };
      });
  });
}

/** The detector's notices from its rules alone. */
export const rulesOnlyNotices = (text: string): SafetyNoticeKind[] => assessSafety(text, { learned: false }).notices;

/** The source name of the framed copies of ordinary questions (a source of its own, so it is also left out whole). */
export const FRAMED_SOURCE = 'framed-ordinary-questions';

/**
 * Ordinary questions (no notice in their file's label or from the rules) wrapped in everyday frames ("keep it short,
 * please"), as lines that need no notice: a frame's words must not raise one on their own.
 */
export function framedOrdinaryExamples(
  examples: readonly NoticeExample[],
  rulesOnly: (text: string) => SafetyNoticeKind[],
): NoticeExample[] {
  const ordinary = examples.filter((example) => !example.labelled && example.notices.length === 0);
  const unique = [...new Map(ordinary.map((example) => [example.q, example])).values()];
  return framedQuestions(unique).flatMap(({ item, q }) => {
    const rules = rulesOnly(q);
    if (rules.length > 0) return [];
    const framed: NoticeExample = {
      q,
      normalized: normalizeForSafety(q),
      source: FRAMED_SOURCE,
      lang: item.lang,
      notices: [],
      labelled: false,
      rules,
      weight: 1,
    };
    return [framed];
  });
}
