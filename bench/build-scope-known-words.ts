// `npx tsx bench/build-scope-known-words.ts [DICT…]`: writes main/services/scope/lexicon/known-words.json,
// the dictionary words (Debian's wamerican/wbritish/wspanish/wfrench/wngerman lists) that the scope
// guard's typo matcher would otherwise read as a misspelt medical term ("inflation" → "infection").
// Run it again after changing the lexicons; the app never reads the dictionaries.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../main/services/scope/normalize';
import { TermMatcher } from '../main/services/scope/term-matcher';

const DEFAULT_DICTIONARIES = ['american-english', 'british-english', 'spanish', 'french', 'ngerman'].map(
  (name) => `/usr/share/dict/${name}`,
);
const OUTPUT = join(
  fileURLToPath(import.meta.url),
  '..',
  '..',
  'main',
  'services',
  'scope',
  'lexicon',
  'known-words.json',
);

const dictionaries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_DICTIONARIES;
const matcher = new TermMatcher({ knownWords: [] });
const known = new Set<string>();
for (const path of dictionaries) {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = fold(line.trim());
    if (word.length < 5 || !/^[a-z]+$/.test(word) || known.has(word)) continue;
    // A dictionary word the matcher takes for a misspelling is an ordinary word it must leave alone.
    const meant = matcher.misspellingOf(word);
    if (meant !== undefined && !isInflection(word, meant)) known.add(word);
  }
}

/** "anemic" for "anemia", "tumours" for "tumour": medical word families stay matchable as misspellings. */
function isInflection(word: string, term: string): boolean {
  if (term.length < 7) return false;
  const stem = term.slice(0, Math.max(5, term.length - 2));
  return word.startsWith(stem);
}

writeFileSync(OUTPUT, `${JSON.stringify([...known].sort(), null, 2)}\n`);
console.log(`${known.size} known words written to ${OUTPUT}`);
