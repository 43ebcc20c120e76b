// `npm run cli -- perplexity`: figures on stdout, progress lines on stderr (not a terminal here), and
// bad input (missing model or data, a bad line, --compare without --lora) as one line with exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTinyModel } from '../../fixtures/tiny-llama';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
const SAMPLE = join(process.cwd(), 'resources', 'eval', 'sample-medical-flashcards.jsonl');
let dir: string;
let modelPath: string;
let loraPath: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'perplexity', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectUsageError(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

beforeAll(async () => {
  ({ modelPath, loraPath } = await ensureTinyModel());
  dir = mkdtempSync(join(tmpdir(), 'mea-ppl-cli-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli perplexity', () => {
  it('prints both figures, token counts, items, seconds and tok/s; progress goes to stderr', () => {
    const result = cli('--model', modelPath, '--data', SAMPLE, '--threads', '1');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/on sample-medical-flashcards\.jsonl \(30 items\)/);
    expect(result.stdout).toMatch(/^base model:$/m);
    expect(result.stdout).toMatch(/answer-only perplexity\s+\d+\.\d{4}\s+\(\d+ tokens\)/);
    expect(result.stdout).toMatch(/whole-sequence perplexity\s+\d+\.\d{4}\s+\(\d+ tokens\)/);
    expect(result.stdout).toMatch(/30 items · \d+\.\d s · \d+\.\d tok\/s/);
    expect(result.stderr).toMatch(/^base: \d+\/30 \(\d+%\) · \d+ tok\/s$/m);
    expect(result.stderr).toMatch(/^base: 30\/30 \(100%\)/m);
  });

  it('--json with --lora scores base + adapter at the given scale', () => {
    const data = join(dir, 'two.jsonl');
    writeFileSync(
      data,
      '{"question":"What is DKA?","answer":"Diabetic ketoacidosis."}\n{"question":"Q?","answer":"A."}\n',
    );
    const result = cli('--model', modelPath, '--lora', loraPath, '--lora-scale', '0.5', '--data', data, '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { runs: Record<string, unknown>[]; dataSha256: string };
    expect(output.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(output.runs).toHaveLength(1);
    expect(output.runs[0]).toMatchObject({ variant: 'adapter', adapterPath: loraPath, adapterScale: 0.5, items: 2 });
    expect(output.runs[0]?.answerPerplexity).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad input with one line and exit code 2', () => {
    expectUsageError(cli('--model', modelPath), /missing --data/);
    expectUsageError(cli('--data', SAMPLE), /missing --model/);
    expectUsageError(cli('--model', modelPath, '--data', SAMPLE, '--compare'), /--compare needs --lora/);
    expectUsageError(cli('--model', join(dir, 'nope.gguf'), '--data', SAMPLE), /nope\.gguf/);
    expectUsageError(cli('--model', modelPath, '--data', join(dir, 'nope.jsonl')), /^error: Data file not found/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"question":"Q","answer":"A"}\n\n{"question":"Q", "answer": 7}\n');
    expectUsageError(cli('--model', modelPath, '--data', bad), /^error: Line 3: "answer" must be a string\.$/);
  });
});
