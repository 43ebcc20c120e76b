// `npm run eval:scope [-- --data FILE] [--errors] [--rules-only] [--no-second-opinion]`: runs the scope guard over
// a labelled set (default: tests/fixtures/scope/measure.jsonl) and prints per class, per kind and per language
// figures and timing; for a file whose lines carry `notices`, also the safety-notice figures. --rules-only leaves
// both learned layers out (the guard and the notices as the hand-written rules alone give them);
// --no-second-opinion leaves out only the word model that may overrule the guard near its threshold.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assessSafety } from '../main/services/safety';
import { createScopeGuard as createGuard } from '../main/services/scope';
import { SAFETY_NOTICE_ORDER } from '../preload/contract/safety-notices';
import { readLabelledQuestions, type LabelledQuestion } from './scope-data';
import { accuracy, accuracyBy, classFigures, quantile, type ScoredQuestion } from './scope-metrics';
import { noticeFigures, type NoticeScoredQuestion } from './scope-notice-metrics';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const DEFAULT_DATA = join(ROOT, 'tests', 'fixtures', 'scope', 'measure.jsonl');
const WARM_UP_ROUNDS = 2;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const ratio = (part: number, whole: number) => `${part}/${whole} (${whole === 0 ? '-' : percent(part / whole)})`;

type Scored = ScoredQuestion & { reason: string; score: number };
type Assess = typeof assessSafety;

/** Runs the safety detector on every question that carries `notices` and prints the notice figures. */
function printNotices(scored: readonly Scored[], showErrors: boolean, assess: Assess): void {
  const labelled = scored.filter((item): item is Scored & Required<Pick<LabelledQuestion, 'notices'>> =>
    Array.isArray(item.notices),
  );
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const item of labelled) assess(item.q);
  const timings: number[] = [];
  const items = labelled.map((item): NoticeScoredQuestion & { q: string; kind: string } => {
    const start = performance.now();
    const { notices } = assess(item.q);
    timings.push(performance.now() - start);
    return {
      q: item.q,
      kind: item.kind,
      label: item.label,
      predicted: item.predicted,
      expected: item.notices,
      got: notices,
    };
  });
  const figures = noticeFigures(items, SAFETY_NOTICE_ORDER);
  const carried = items.length === scored.length ? '' : ` (${items.length} of ${scored.length} lines carry notices)`;
  // "got" is what the detector finds in the text; the app shows it with an answer and with a decline alike.
  console.log(`\nsafety notices, as the detector gives them${carried}`);
  console.log('kind              expected  got  recall  false (given, not expected)');
  for (const kind of figures.kinds) {
    const recall = Number.isNaN(kind.recall) ? '-' : percent(kind.recall);
    console.log(
      `${kind.kind.padEnd(18)} ${String(kind.expected).padStart(7)} ${String(kind.hits).padStart(4)} ${recall.padStart(7)} ${String(kind.falseNotices).padStart(6)}`,
    );
  }
  console.log(
    `questions needing a notice that got all their expected notices: ${ratio(figures.complete, figures.needing)}`,
  );
  console.log(
    `questions expecting no notice that got one: ${ratio(figures.expectingNoneWithNotice, figures.expectingNone)}`,
  );
  console.log(
    `medical questions needing a notice that the guard declined: ${ratio(figures.declined, figures.needingMedical)}` +
      ` (without any expected notice: ${figures.declinedWithoutNotice}, with only some: ${figures.declinedMissingSome})`,
  );
  console.log(
    `safety detector time per question: median ${quantile(timings, 0.5).toFixed(3)} ms, p95 ${quantile(timings, 0.95).toFixed(3)} ms`,
  );
  if (showErrors) {
    const wrong = items.filter(
      (item) => item.expected.length !== item.got.length || item.expected.some((kind) => !item.got.includes(kind)),
    );
    console.log(`\nnotices not as expected (${wrong.length}):`);
    for (const item of wrong) {
      const scope = item.predicted === item.label ? '' : `, guard ${item.predicted}`;
      console.log(
        `- [${item.kind}] expected [${item.expected.join(', ')}], got [${item.got.join(', ')}]${scope}: ${item.q}`,
      );
    }
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      errors: { type: 'boolean' },
      'rules-only': { type: 'boolean' },
      'no-second-opinion': { type: 'boolean' },
    },
  });
  const rulesOnly = values['rules-only'] === true;
  const assess: Assess = rulesOnly ? (text) => assessSafety(text, { learned: false }) : assessSafety;
  const secondOpinion = !rulesOnly && values['no-second-opinion'] !== true;
  const createScopeGuard = () => createGuard({ assess, secondOpinion });
  const path = values.data ?? DEFAULT_DATA;
  let items;
  try {
    items = readLabelledQuestions(path);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // Warm-up on a separate guard: the JIT compiles the hot paths, but the timed guard starts with an
  // empty word cache, so the figures are not flattered by having seen these questions before.
  const warmUp = createScopeGuard();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const item of items) warmUp.classify(item.q);
  const guard = createScopeGuard();

  const timings: number[] = [];
  const scored: Scored[] = items.map((item) => {
    const start = performance.now();
    const decision = guard.classify(item.q);
    timings.push(performance.now() - start);
    return { ...item, predicted: decision.label, reason: decision.reason, score: decision.score };
  });

  const layers = rulesOnly
    ? ', rules only (no learned notices, no second opinion)'
    : secondOpinion
      ? ''
      : ', without the second opinion';
  console.log(`Scope guard on ${path} (${items.length} questions${layers})\n`);
  console.log('class          precision  recall     F1  support');
  for (const label of ['medical', 'out_of_scope'] as const) {
    const f = classFigures(scored, label);
    console.log(
      `${label.padEnd(14)} ${percent(f.precision).padStart(9)} ${percent(f.recall).padStart(7)} ${percent(f.f1).padStart(6)} ${String(f.support).padStart(8)}`,
    );
  }
  for (const field of ['kind', 'lang'] as const) {
    const groups = accuracyBy(scored, field);
    // Wide enough for the longest name ("abbreviation_other_domain") so the columns line up.
    const width = Math.max(18, ...groups.map((group) => group.group.length));
    console.log(`\n${field.padEnd(width)} accuracy  count`);
    for (const group of groups) {
      console.log(
        `${group.group.padEnd(width)} ${percent(group.accuracy).padStart(8)} ${String(group.count).padStart(6)}`,
      );
    }
  }
  console.log(
    `\noverall accuracy ${percent(accuracy(scored))} (${scored.filter((s) => s.label === s.predicted).length}/${scored.length})`,
  );
  console.log(
    `time per question: median ${quantile(timings, 0.5).toFixed(3)} ms, p95 ${quantile(timings, 0.95).toFixed(3)} ms, max ${Math.max(...timings).toFixed(3)} ms`,
  );
  if (values.errors) {
    const wrong = scored.filter((item) => item.label !== item.predicted);
    console.log(`\nmisclassified (${wrong.length}):`);
    for (const item of wrong) {
      console.log(
        `- [${item.kind}/${item.lang}] expected ${item.label}, got ${item.predicted} (${item.score}): ${item.q}\n    ${item.reason}`,
      );
    }
  }
  if (scored.some((item) => item.notices !== undefined)) printNotices(scored, values.errors ?? false, assess);
  return 0;
}

process.exitCode = main();
