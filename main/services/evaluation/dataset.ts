// Reads an evaluation data set: JSON Lines of {question, answer}, with errors that name the line.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface EvaluationItem {
  question: string;
  answer: string;
  /** 1-based line in the file, for messages about this item. */
  line: number;
}

export interface EvaluationDataset {
  items: EvaluationItem[];
  sha256: string;
}

/** Items scored at most per run: at ~1 s an item on a laptop CPU, 5,000 is already over an hour. */
export const MAX_EVALUATION_ITEMS = 5000;
/** Larger files are refused before reading (5,000 long items fit easily). */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export class EvaluationDataError extends Error {
  override readonly name = 'EvaluationDataError';
}

/** Parses JSONL text: one {question, answer} object per non-blank line; extra fields are ignored. */
export function parseEvaluationLines(text: string, maxItems = MAX_EVALUATION_ITEMS): EvaluationItem[] {
  const items: EvaluationItem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (items.length >= maxItems) {
      throw new EvaluationDataError(
        `The data file has more than ${maxItems} items (line ${line}); split it or keep the first ${maxItems}.`,
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EvaluationDataError(`Line ${line} is not valid JSON: ${reason}`);
    }
    items.push({ ...questionAndAnswer(value, line), line });
  });
  if (items.length === 0)
    throw new EvaluationDataError('The data file has no items (expected JSON Lines of {"question", "answer"}).');
  return items;
}

function questionAndAnswer(value: unknown, line: number): { question: string; answer: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EvaluationDataError(`Line ${line} must be a JSON object with "question" and "answer".`);
  }
  const record = value as Record<string, unknown>;
  const field = (name: 'question' | 'answer'): string => {
    const text = record[name];
    if (text === undefined) throw new EvaluationDataError(`Line ${line} has no "${name}".`);
    if (typeof text !== 'string') throw new EvaluationDataError(`Line ${line}: "${name}" must be a string.`);
    if (text.trim() === '') throw new EvaluationDataError(`Line ${line}: "${name}" is empty.`);
    return text;
  };
  return { question: field('question'), answer: field('answer') };
}

/** Reads and parses a data file; its SHA-256 lets runs on the same data be paired. */
export async function readEvaluationDataset(path: string, maxItems = MAX_EVALUATION_ITEMS): Promise<EvaluationDataset> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new EvaluationDataError(`Data file not found: ${path}`);
  if (!info.isFile()) throw new EvaluationDataError(`Not a file: ${path}`);
  if (info.size > MAX_DATASET_BYTES) {
    throw new EvaluationDataError(`The data file is ${info.size} bytes; the limit is ${MAX_DATASET_BYTES}.`);
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EvaluationDataError(`The data file is not UTF-8 text: ${path}`);
  }
  return { items: parseEvaluationLines(text, maxItems), sha256: createHash('sha256').update(bytes).digest('hex') };
}
