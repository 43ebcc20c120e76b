// `search "query" [--deck NAME] [--data-dir DIR] [--json] [--limit N] [--min-score X]`: the cards retrieval
// would ground an answer with, ranked, from the app's data folder (or another, as the deck commands).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FtsCardRetriever, RELEVANCE_THRESHOLD, type RetrievedCard } from '../../services/retrieval';
import { CliError } from '../cli-error';
import { deckIdByName, openDeckData } from '../deck-data';
import { defaultDataDir } from './models';

export const SEARCH_USAGE = `  search "query" [--deck NAME] [--data-dir DIR] [--json] [--limit N] [--min-score X]
      The cards that answer a question, best first, as chat's "Use my cards" finds them (abbreviations,
      synonyms, stems and misspellings understood). Only cards scoring at least the relevance threshold
      (${RELEVANCE_THRESHOLD}) are listed unless --min-score says otherwise (0 lists every match).
      --json: [{"deck", "front", "back", "score"}]. --limit: at most N cards (default 10, at most 100).`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        deck: { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        'min-score': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

function numberOption(
  raw: string | undefined,
  name: string,
  min: number,
  max: number,
  integer: boolean,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new CliError(
      `--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${raw}"`,
      2,
    );
  }
  return value;
}

function printText(cards: RetrievedCard[]): void {
  if (cards.length === 0) {
    process.stdout.write('No relevant cards.\n');
    return;
  }
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  const lines = cards.map(
    (card, index) =>
      `${index + 1}. [${card.score.toFixed(2)}] ${card.deckName}: ${oneLine(card.front)}\n   ${oneLine(card.back)}\n`,
  );
  process.stdout.write(lines.join(''));
}

export async function runSearch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (positionals.length > 1) throw new CliError('search takes one query; quote it ("…")', 2);
  const query = positionals[0];
  if (query === undefined || query.trim() === '')
    throw new CliError('search needs a query: search "what causes hypokalemia"', 2);
  const limit = numberOption(values.limit, 'limit', 1, 100, true);
  const minScore = numberOption(values['min-score'], 'min-score', 0, 1, false) ?? RELEVANCE_THRESHOLD;
  const data = openDeckData(resolve(values['data-dir'] ?? defaultDataDir()), { create: false });
  try {
    const deckId = deckIdByName(data, values.deck);
    const cards = new FtsCardRetriever(data.db).search(query, { deckId, limit, minScore });
    if (values.json) {
      const rows = cards.map((card) => ({
        deck: card.deckName,
        front: card.front,
        back: card.back,
        score: card.score,
      }));
      process.stdout.write(`${JSON.stringify(rows)}\n`);
    } else {
      printText(cards);
    }
    return 0;
  } finally {
    await data.close();
  }
}
