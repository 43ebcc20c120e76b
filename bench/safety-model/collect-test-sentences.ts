// `npx tsx bench/safety-model/collect-test-sentences.ts`: writes tests/fixtures/safety/build-rule-tests.jsonl, the
// sentences of the detector's rule tests (tests/unit/safety/*.test.ts: the red flags each rule was written for and,
// above all, the everyday sentences that share their words, "i want to end things with my boyfriend"), each with
// the notices the rules give it, which those tests check, and the scope guard's label (both machine-given, a
// snapshot of what the tests pass with). The learned layer trains on them like any build file, so it learns the
// look-alikes the rules were taught. Rerun after changing those tests, then `npm run train:safety`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessSafety } from '../../main/services/safety';
import { RuleScopeGuard } from '../../main/services/scope/scope-guard';
import { rulesOnlyNotices, SAFETY_DATA } from './data';

const TESTS = join(SAFETY_DATA, '..', '..', 'unit', 'safety');
/** The rule tests; not the learned layer's own (its sentences stay unseen) nor those that read fixtures. */
const FILES = [
  'animal-exposure.test.ts',
  'assess.test.ts',
  'eating-disorder.test.ts',
  'everyday-wording-rules.test.ts',
  'harm-to-others.test.ts',
  'lay-wording.test.ts',
  'others-medicine.test.ts',
  'poisoning-situations.test.ts',
  'told-stories.test.ts',
  'care-and-household.test.ts',
  'unseen-wording.test.ts',
  'veterinary.test.ts',
  'word-classes.test.ts',
];
const OUT = join(SAFETY_DATA, 'build-rule-tests.jsonl');
// A quoted string that is not a test's or a block's name.
const LITERAL = /(?<!(?:\bit|\bdescribe|\)|\.each)\(\s*)(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
const MIN_WORDS = 2;

const unescape = (text: string) =>
  text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1');

const sentences = new Set<string>();
for (const file of FILES) {
  for (const match of readFileSync(join(TESTS, file), 'utf8').matchAll(LITERAL)) {
    const text = unescape(match[2] ?? '').trim();
    if (text.includes('%s') || text.includes('${') || text.split(/\s+/).length < MIN_WORDS) continue;
    if (!/\p{L}/u.test(text) || /^[./]|\.(?:ts|json|jsonl)$/.test(text)) continue;
    sentences.add(text);
  }
}
const guard = new RuleScopeGuard(undefined, (text) => assessSafety(text, { learned: false }));
const lines = [...sentences].map((q) =>
  JSON.stringify({ q, label: guard.classify(q).label, kind: 'rule_test', lang: 'und', notices: rulesOnlyNotices(q) }),
);
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`wrote ${OUT}: ${lines.length} sentences from ${FILES.length} test files`);
