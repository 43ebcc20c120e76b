// `npm run eval:scope [-- --data FILE] [--errors]`: runs the scope guard over a labelled set (default:
// tests/fixtures/scope/measure.jsonl) and prints per class, per kind and per language figures and timing.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createScopeGuard } from '../main/services/scope';
import { readLabelledQuestions } from './scope-data';
import { accuracy, accuracyBy, classFigures, quantile, type ScoredQuestion } from './scope-metrics';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const DEFAULT_DATA = join(ROOT, 'tests', 'fixtures', 'scope', 'measure.jsonl');
const WARM_UP_ROUNDS = 2;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string' }, errors: { type: 'boolean' } } });
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
  const scored: (ScoredQuestion & { reason: string; score: number })[] = items.map((item) => {
    const start = performance.now();
    const decision = guard.classify(item.q);
    timings.push(performance.now() - start);
    return { ...item, predicted: decision.label, reason: decision.reason, score: decision.score };
  });

  console.log(`Scope guard on ${path} (${items.length} questions)\n`);
  console.log('class          precision  recall     F1  support');
  for (const label of ['medical', 'out_of_scope'] as const) {
    const f = classFigures(scored, label);
    console.log(
      `${label.padEnd(14)} ${percent(f.precision).padStart(9)} ${percent(f.recall).padStart(7)} ${percent(f.f1).padStart(6)} ${String(f.support).padStart(8)}`,
    );
  }
  for (const field of ['kind', 'lang'] as const) {
    console.log(`\n${field.padEnd(18)} accuracy  count`);
    for (const group of accuracyBy(scored, field)) {
      console.log(
        `${group.group.padEnd(18)} ${percent(group.accuracy).padStart(8)} ${String(group.count).padStart(6)}`,
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
  return 0;
}

process.exitCode = main();
