// `npm run cli -- cards parse` through a child process: stdin in, JSON out, one-line errors with exit 2.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');

function cardsCli(input: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'cards', ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('cli cards parse', () => {
  it('prints [{front, back}] for a sample and adds type with --with-type', () => {
    const text = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'cards', 'mixed-formats.txt'), 'utf8');
    const plain = cardsCli(text, 'parse');
    expect(plain.code).toBe(0);
    const cards = JSON.parse(plain.stdout) as Array<Record<string, string>>;
    expect(cards).toHaveLength(5);
    expect(cards[0]).toEqual({
      front: 'What is the first-line reliever inhaler in asthma?',
      back: 'A short-acting beta-2 agonist such as salbutamol.',
    });

    const typed = cardsCli(text, 'parse', '--with-type', '--pretty');
    expect(typed.code).toBe(0);
    expect(typed.stdout.split('\n').length).toBeGreaterThan(10);
    expect((JSON.parse(typed.stdout) as Array<{ type: string }>).map((card) => card.type)).toEqual([
      'basic',
      'basic',
      'basic',
      'basic',
      'cloze',
    ]);
  });

  it('reads every quick-card format from stdin, tabs included, and prints the expected cards', () => {
    const names = [
      'tab-separated',
      'term-double-colon',
      'side-a-side-b',
      'card-n-front-back',
      'pipe-lines',
      'bold-term-list',
    ];
    const read = (file: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'cards', file), 'utf8');
    const result = cardsCli(names.map((name) => read(`${name}.txt`)).join('\n\n'), 'parse', '--with-type');
    expect(result.code).toBe(0);
    const expected = names.flatMap((name) => JSON.parse(read(`${name}.expected.json`)) as unknown[]);
    expect(expected).toHaveLength(25);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('prints [] for empty stdin and for prose', () => {
    expect(cardsCli('', 'parse')).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(cardsCli('Just some prose about the heart.', 'parse')).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('rejects too-large input with one line on stderr and exit 2', () => {
    const result = cardsCli('x'.repeat(1_000_001), 'parse');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*at most 1,000,000/);
  });

  it('rejects an unknown subcommand with exit 2', () => {
    const result = cardsCli('', 'frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown cards command "frobnicate"/);
  });
});
