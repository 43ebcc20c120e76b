// Finds JSON (strict or slightly broken, fenced or bare) in model output and turns card-like objects into cards.
import { buildCard } from './build-card';
import { MAX_JSON_ATTEMPTS, MAX_JSON_DEPTH } from './limits';
import { LooseObject, readLooseJson, type LooseValue } from './loose-json';
import { blankRanges } from './text';
import type { PositionedCard } from './types';

const FRONT_KEYS = ['front', 'question', 'q', 'prompt', 'term', 'text', 'cloze'];
const BACK_KEYS = ['back', 'answer', 'a', 'definition', 'backextra', 'extra', 'explanation'];

/** Where a JSON array of objects, or an object with a key, may begin. */
const JSON_START = /\[\s*[{[]|\{\s*["'\u201CA-Za-z_]/g;

export interface JsonExtraction {
  cards: PositionedCard[];
  /** The text with every JSON block that yielded cards blanked out, for the line-based extractors. */
  rest: string;
}

function field(object: LooseObject, keys: readonly string[]): string | null {
  for (const [rawKey, value] of object.fields) {
    const key = rawKey.toLowerCase().replace(/[^a-z]/g, '');
    if (!keys.includes(key)) continue;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    // A list answer ("back": ["a", "b"]) becomes one line per item.
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
      return value.join('\n');
    }
  }
  return null;
}

function cardFromObject(object: LooseObject): PositionedCard | null {
  const front = field(object, FRONT_KEYS);
  if (front === null) return null;
  return buildCard(front, field(object, BACK_KEYS), object.start);
}

function collect(value: LooseValue, depth: number, out: PositionedCard[]): void {
  if (depth > MAX_JSON_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out);
    return;
  }
  if (!(value instanceof LooseObject)) return;
  // A card object counts only when it closed: one cut off by the end of the text is a truncated card.
  const card = value.complete ? cardFromObject(value) : null;
  if (card) {
    out.push(card);
    return;
  }
  for (const child of value.fields.values()) collect(child, depth + 1, out);
}

export function extractJsonCards(text: string): JsonExtraction {
  const cards: PositionedCard[] = [];
  const used: Array<[number, number]> = [];
  let attempts = 0;
  JSON_START.lastIndex = 0;
  for (let match = JSON_START.exec(text); match && attempts < MAX_JSON_ATTEMPTS; match = JSON_START.exec(text)) {
    const parsed = readLooseJson(text, match.index);
    const found: PositionedCard[] = [];
    if (parsed) collect(parsed.value, 0, found);
    if (found.length === 0) {
      // Only failures count: a success moves past the text it read, so successes stay linear in total.
      attempts++;
      JSON_START.lastIndex = match.index + 1;
      continue;
    }
    cards.push(...found);
    used.push([match.index, parsed ? parsed.end : match.index]);
    JSON_START.lastIndex = Math.max(parsed ? parsed.end : 0, match.index + 1);
  }
  return { cards, rest: blankRanges(text, used) };
}
