// `npx tsx bench/scan-scope-word-forms.ts [DICT…]`: lists the lower-case dictionary words that the scope
// guard reads as medical only by their form (suffix, root, prefix + root, German compound), grouped by rule,
// so a reviewer can spot ordinary words ("enclose", "magenta") and add them to MORPHOLOGY_EXCEPTIONS.
import { readFileSync } from 'node:fs';
import { fold } from '../main/services/scope/normalize';
import { TermMatcher } from '../main/services/scope/term-matcher';

const DEFAULT_DICTIONARIES = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];

const dictionaries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_DICTIONARIES;
const matcher = new TermMatcher();
const byRule = new Map<string, Set<string>>();
for (const path of dictionaries) {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const entry = line.trim();
    // Proper nouns are skipped: the question is which ordinary words a rule catches.
    if (entry.length === 0 || entry[0] !== entry[0]?.toLowerCase()) continue;
    const word = fold(entry);
    if (!/^[a-z]+$/.test(word)) continue;
    const found = matcher.match([{ word, original: word }], 0);
    if (!found || !/^(medical word form|compound)/.test(found.kind)) continue;
    const rule = found.kind.replace(/^medical word form: /, '');
    byRule.set(rule, (byRule.get(rule) ?? new Set()).add(word));
  }
}
for (const [rule, words] of [...byRule].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`${rule} (${words.size}): ${[...words].join(' ')}`);
}
