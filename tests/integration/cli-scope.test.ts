// `npm run cli -- scope`, run as a user would: one JSON line per question, blank questions and bad
// files give one clear line and exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
let dir: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-scope-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli scope', () => {
  it('prints {label, score, reason, notices} for one question', () => {
    const medical = cli('scope', 'what does lisinopril do');
    expect(medical.code).toBe(0);
    const [decision] = jsonLines(medical.stdout);
    expect(Object.keys(decision ?? {}).sort()).toEqual(['label', 'notices', 'reason', 'score']);
    expect(decision).toMatchObject({ label: 'medical', reason: expect.stringContaining('lisinopril (drug') });
    expect(decision?.score).toBeGreaterThanOrEqual(1);

    const other = jsonLines(cli('scope', 'What is the capital of France?').stdout)[0];
    expect(other).toEqual({ label: 'out_of_scope', score: 0, reason: 'No medical terms found.', notices: [] });

    const urgent = jsonLines(cli('scope', 'What is the maximum dose of paracetamol after chest pain?').stdout)[0];
    expect(urgent?.notices).toEqual(['emergency', 'dose']);
  });

  it('refuses a blank or zero-width question with one line and exit code 2', () => {
    const result = cli('scope', '\u200B\u200D\uFEFF');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: The question is empty.');
  });

  it('--jsonl prints one line per input line, an error line for a blank question, and exits 2 at the end', () => {
    const file = join(dir, 'questions.jsonl');
    writeFileSync(
      file,
      ['{"q": "metformin"}', '{"q": " \\u200b "}', '', '{"q": "best pizza in Naples", "x": 1}'].join('\n'),
    );
    const result = cli('scope', '--jsonl', file);
    expect(result.code).toBe(2);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ label: 'medical' });
    expect(lines[1]).toEqual({ error: 'The question is empty.', line: 2 });
    expect(lines[2]).toMatchObject({ label: 'out_of_scope' });
  });

  it('--jsonl names a missing file, a bad JSON line and a line without "q"', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"q": "asthma"}\n{not json\n');
    const noQ = join(dir, 'no-q.jsonl');
    writeFileSync(noQ, '{"question": "asthma"}\n');
    expect(cli('scope', '--jsonl', join(dir, 'missing.jsonl'))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: cannot read .*missing\.jsonl$/),
    });
    expect(cli('scope', '--jsonl', bad)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/bad\.jsonl line 2: not valid JSON$/),
    });
    expect(cli('scope', '--jsonl', noQ)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/line 1: needs a "q" string field$/),
    });
    expect(cli('scope')).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs one question/) });
  });
});

describe('npm run eval:scope', () => {
  it('prints per class, kind and language figures and timing; a bad data file is one line and exit 2', () => {
    const script = join(process.cwd(), 'bench', 'eval-scope.ts');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
    const good = run('--data', join(process.cwd(), 'tests', 'fixtures', 'scope', 'build.jsonl'), '--errors');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^medical\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+$/m);
    expect(good.stdout).toMatch(/^vignette\s+\d+\.\d%\s+\d+$/m);
    expect(good.stdout).toMatch(/^de\s+\d+\.\d%\s+\d+$/m);
    expect(good.stdout).toMatch(/overall accuracy \d+\.\d% \(\d+\/\d+\)/);
    expect(good.stdout).toMatch(/median \d+\.\d+ ms, p95 \d+\.\d+ ms, max \d+\.\d+ ms/);
    expect(good.stdout).toMatch(/misclassified \(\d+\)/);

    const invalid = join(dir, 'invalid.jsonl');
    writeFileSync(
      invalid,
      '{"q": "x", "label": "medical", "kind": "short", "lang": "en"}\n{"q": "y", "label": "maybe", "kind": "short", "lang": "en"}\n',
    );
    const bad = run('--data', invalid);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^error: .*invalid\.jsonl line 2: label /);
  });
});
