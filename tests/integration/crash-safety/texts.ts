// Deterministic questions, answers and card texts, so the verifier knows what every row should hold.
import { createRng } from './rng';

const WORDS = (
  'potassium sodium nephron aldosterone insulin glucagon ventricle atrium alveolus surfactant hepatocyte ' +
  'bilirubin platelet thrombin cortisol thyroxine dopamine synapse myelin osteoclast collagen antibody cytokine'
).split(' ');

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** `count` words chosen by a generator seeded from `key`. */
export function wordsFor(key: string, count: number): string {
  const rng = createRng(seedOf(key));
  return Array.from({ length: count }, () => WORDS[rng.int(0, WORDS.length - 1)]).join(' ');
}

export function questionText(run: number, index: number): string {
  return `Question r${run}q${index}: how do ${wordsFor(`q${run}-${index}`, 3)} relate?`;
}

/** What the scripted model answers to `question` (roughly 250–1,100 characters), the same every time. */
export function expectedAnswer(question: string): string {
  return `Answer to "${question}": ${wordsFor(question, 30 + (seedOf(question) % 90))}.`;
}

export interface CardText {
  front: string;
  back: string;
  tags: string[];
}

/** The cards of one "Make cards" batch; the tags carry the batch name and its size for the verifier. */
export function batchCards(batch: string, size: number): CardText[] {
  return Array.from({ length: size }, (_, i) => ({
    front: `${batch} card ${i + 1}/${size}: ${wordsFor(`${batch}-front-${i}`, 4)}?`,
    back: wordsFor(`${batch}-back-${i}`, 12),
    tags: [batchTag(batch), `size-${size}`],
  }));
}

export function batchTag(batch: string): string {
  return `batch-${batch}`;
}

const EDIT_SUFFIX = / \(edit (\d+)\)$/;

/** How many times the card editor saved this back text (0 = never). */
export function editVersionOf(back: string): number {
  const match = EDIT_SUFFIX.exec(back);
  return match ? Number(match[1]) : 0;
}

export function withEditVersion(back: string, version: number): string {
  return `${back.replace(EDIT_SUFFIX, '')} (edit ${version})`;
}

export function editTag(version: number): string {
  return `edit-${version}`;
}
