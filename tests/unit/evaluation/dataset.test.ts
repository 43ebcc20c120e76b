// The evaluation data reader: JSONL {question, answer}, errors that name the line, the item cap, the hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EvaluationDataError,
  parseEvaluationLines,
  readEvaluationDataset,
} from '../../../main/services/evaluation/dataset';

const dir = mkdtempSync(join(tmpdir(), 'mea-eval-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseEvaluationLines', () => {
  it('reads one item per non-blank line, keeps line numbers, ignores extra fields, a BOM and CRLF', () => {
    const text = '\uFEFF{"question":"Q1","answer":"A1","id":7}\r\n\r\n  \n{"answer":"A2","question":"Q2"}\n';
    expect(parseEvaluationLines(text)).toEqual([
      { question: 'Q1', answer: 'A1', line: 1 },
      { question: 'Q2', answer: 'A2', line: 4 },
    ]);
  });

  it.each([
    ['{"question":"Q","answer":"A"}\n{"question": "Q"', /^Line 2 is not valid JSON/],
    ['{"question":"Q"}', /^Line 1 has no "answer"\.$/],
    ['{"answer":"A"}', /^Line 1 has no "question"\.$/],
    ['{"question":"Q","answer":"  "}', /^Line 1: "answer" is empty\.$/],
    ['{"question":3,"answer":"A"}', /^Line 1: "question" must be a string\.$/],
    ['["Q","A"]', /^Line 1 must be a JSON object/],
    ['null', /^Line 1 must be a JSON object/],
    ['\n\n', /no items/],
  ])('refuses %j with a message naming the line', (text, message) => {
    expect(() => parseEvaluationLines(text)).toThrow(EvaluationDataError);
    expect(() => parseEvaluationLines(text)).toThrow(message);
  });

  it('caps the item count with a message', () => {
    const line = JSON.stringify({ question: 'Q', answer: 'A' });
    expect(parseEvaluationLines([line, line, line].join('\n'), 3)).toHaveLength(3);
    expect(() => parseEvaluationLines([line, line, line, line].join('\n'), 3)).toThrow(/more than 3 items \(line 4\)/);
  });
});

describe('readEvaluationDataset', () => {
  it('returns the items and the SHA-256 of the file bytes', async () => {
    const path = join(dir, 'ok.jsonl');
    const text = `${JSON.stringify({ question: 'Qué es?', answer: 'Réponse.' })}\n`;
    writeFileSync(path, text);
    const dataset = await readEvaluationDataset(path);
    expect(dataset.items).toEqual([{ question: 'Qué es?', answer: 'Réponse.', line: 1 }]);
    expect(dataset.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('names a missing file, a folder and text that is not UTF-8', async () => {
    await expect(readEvaluationDataset(join(dir, 'missing.jsonl'))).rejects.toThrow(/^Data file not found/);
    await expect(readEvaluationDataset(dir)).rejects.toThrow(/^Not a file/);
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(readEvaluationDataset(latin1)).rejects.toThrow(/not UTF-8/);
  });

  it('reads the sample data file shipped in resources/eval', async () => {
    const dataset = await readEvaluationDataset(join(process.cwd(), 'resources/eval/sample-medical-flashcards.jsonl'));
    expect(dataset.items.length).toBeGreaterThanOrEqual(25);
  });
});
