// Realistic model outputs (tests/fixtures/cards/*.txt) parse to exactly the cards in the matching .expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCards, type ParsedCard } from '../../../../main/services/flashcards/parse';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'cards');
const samples = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('parseCards on sample model outputs', () => {
  it('has a good number of samples, each with its expected cards', () => {
    expect(samples.length).toBeGreaterThanOrEqual(20);
    for (const name of samples) expect(readdirSync(DIR)).toContain(name.replace(/\.txt$/, '.expected.json'));
  });

  it.each(samples)('%s', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as ParsedCard[];
    expect(parseCards(text)).toEqual(expected);
  });

  it('finds cards in most samples and none in the card-free ones', () => {
    const counts = Object.fromEntries(
      samples.map((name) => [name, parseCards(readFileSync(join(DIR, name), 'utf8')).length]),
    );
    expect(counts).toMatchObject({
      'qa-chatter.txt': 3,
      'mixed-formats.txt': 5,
      'json-truncated.txt': 2,
      'markdown-table.txt': 2,
      'truncated-mid-answer.txt': 1,
      'tinyllama-rambling.txt': 3,
      'prose-no-cards.txt': 0,
      'headings-only.txt': 0,
      'lone-question.txt': 0,
      'questions-without-answers.txt': 0,
      'tab-separated.txt': 4,
      'term-double-colon.txt': 5,
      'side-a-side-b.txt': 3,
      'card-n-front-back.txt': 4,
      'pipe-lines.txt': 4,
      'bold-term-list.txt': 5,
      'separators-in-prose.txt': 0,
    });
  });
});
