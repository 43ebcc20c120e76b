// `npm run cli -- ask --cards` as a user runs it: a temporary data folder filled by `decks import`, the
// answer grounded in its cards on the real model, the cards used listed (text) or as citations (JSON),
// "not in your cards" when none is relevant, a deck filter, and options that need --cards refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEVANCE_THRESHOLD } from '../../main/services/retrieval';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { runCli } from './support/run-cli';

let dir: string;
let dataDir: string;
let modelPath: string;
let loraPath: string;

const cli = runCli;

const ask = (...args: string[]) =>
  cli(
    'ask',
    '--model',
    modelPath,
    '--lora',
    loraPath,
    '--max-tokens',
    '6',
    '--threads',
    '1',
    '--cards',
    '--data-dir',
    dataDir,
    ...args,
  );

beforeAll(async () => {
  ({ modelPath, loraPath } = await ensureTinyModel());
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-ask-cards-'));
  dataDir = join(dir, 'data');
  const path = join(dir, 'cards.tsv');
  writeFileSync(
    path,
    [
      '#separator:tab',
      '#html:false',
      '#deck column:3',
      'ECG change in myocardial infarction?\tST elevation\tCardiology',
      'Causes of hypokalemia?\tDiuretics and vomiting\tRenal',
      'Which ion falls with loop diuretics?\tPotassium: hypokalemia\tRenal',
    ].join('\n') + '\n',
  );
  expect(cli('decks', 'import', path, '--data-dir', dataDir).code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli ask --cards', () => {
  it('--json: the answer with the cards it was given as numbered citations', () => {
    const result = ask('--json', 'What causes hypokalemia?');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout.trim()) as {
      tokens: number;
      grounding: string;
      citations: { number: number; deck: string; front: string; back: string; score: number }[];
    };
    expect(answer.tokens).toBe(6);
    expect(answer.grounding).toBe('grounded');
    expect(answer.citations[0]).toMatchObject({ number: 1, deck: 'Renal', front: 'Causes of hypokalemia?' });
    expect(answer.citations.every((c) => c.deck === 'Renal' && c.score >= RELEVANCE_THRESHOLD)).toBe(true);
  });

  it('text: the answer, then the cards used; "not in your cards" when none is relevant', () => {
    const grounded = ask('What causes hypokalemia?');
    expect(grounded.code).toBe(0);
    expect(grounded.stdout).toMatch(/\nCards used:\n\[1\] Renal: Causes of hypokalemia\?\n/);
    const none = ask('What causes gout?');
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/\nNot in your cards: answered by the model alone\.\n$/);
  });

  it('--deck keeps to one deck', () => {
    const result = ask('--json', '--deck', 'Cardiology', 'What causes hypokalemia?');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ grounding: 'ungrounded', citations: [] });
    const unknown = ask('--deck', 'Nope', 'What causes hypokalemia?');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: no deck named "Nope" \(decks: /);
  });

  it('refuses --deck or --data-dir without --cards, and a folder without app data', () => {
    const withoutCards = cli('ask', '--model', modelPath, '--deck', 'Renal', 'q');
    expect(withoutCards.code).toBe(2);
    expect(withoutCards.stderr).toBe(
      'error: --deck and --data-dir go with --cards (answer from the cards of that data folder)',
    );
    const empty = cli('ask', '--model', modelPath, '--cards', '--data-dir', join(dir, 'nothing'), 'q');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^error: no app data in /);
  });
});
