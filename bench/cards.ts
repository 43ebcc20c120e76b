// `npm run bench -- cards [--cards 50000] [--runs 20]`: the flashcard store at scale. Builds a temp
// database with one large deck and times, through the same dispatcher the app uses (request and
// response zod-validated), opening the deck, scrolling, full-text search and building the due queue.
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Dispatcher, type InvokeHandlers } from '../main/services/api/dispatcher';
import { flashcardsHandlers } from '../main/services/api/handlers/flashcards';
import { FlashcardService } from '../main/services/flashcards';
import { ConversationRepository, MessageRepository, openDatabase, SettingsRepository } from '../main/services/store';
import {
  RETRIEVAL_TARGET_P95_MS,
  retrievalQueries,
  timeAnswerRetrieval,
  timeRetrieval,
  type RetrievalTiming,
} from './retrieval/latency';
import { formatSummary, summary } from './stats';

const TARGET_MS = 100;
/** Earlier chats the past-answer search runs over (a student's years of questions). */
const ANSWER_CHATS = 10_000;
const DAY_MS = 86_400_000;

const TOPICS = [
  ['hypokalemia', 'U waves, flattened T waves and muscle weakness', 'electrolytes'],
  ['hyperkalemia', 'peaked T waves, widened QRS and risk of ventricular fibrillation', 'electrolytes'],
  ['diabetic ketoacidosis', 'hyperglycemia, ketonemia and an anion gap metabolic acidosis', 'endocrine'],
  ['atrial fibrillation', 'an irregularly irregular rhythm without P waves', 'cardiology'],
  ['nephrotic syndrome', 'proteinuria above 3.5 g/day, hypoalbuminemia and edema', 'renal'],
  ['myasthenia gravis', 'fatigable weakness from antibodies against acetylcholine receptors', 'neurology'],
  ['warfarin toxicity', 'reversal with vitamin K and prothrombin complex concentrate', 'pharmacology'],
  ['iron deficiency anemia', 'microcytic hypochromic cells with low ferritin', 'hematology'],
  ['tension pneumothorax', 'tracheal deviation, hypotension and absent breath sounds', 'emergency'],
  ['Addison disease', 'hyponatremia, hyperkalemia and hyperpigmentation', 'endocrine'],
] as const;
const ASPECTS = ['first-line treatment', 'classic presentation', 'key lab finding', 'mechanism', 'complication'];

/** Deterministic pseudo-random numbers so every run builds the same deck. */
function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function buildDeck(service: FlashcardService, db: ReturnType<typeof openDatabase>, count: number, now: number) {
  const deck = service.createDeck('Step 1 mega deck');
  service.createDeck('Small deck');
  const random = rng(42);
  const schedule = db.prepare(
    'UPDATE cards SET state = 2, reps = ?, stability = ?, difficulty = ?, due = ?, last_review = ? WHERE id = ?',
  );
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const [topic, fact, system] = TOPICS[n % TOPICS.length]!;
      const aspect = ASPECTS[Math.floor(n / TOPICS.length) % ASPECTS.length]!;
      const card = service.cards.insert({
        deckId: deck.id,
        front: `Case ${n}: what is the ${aspect} of ${topic}?`,
        back: `In ${topic} the ${aspect} involves ${fact}. Variant ${n} (${Math.floor(random() * 1e6)}).`,
        tags: [system, `block${n % 20}`],
      });
      // About 70% reviewed, due anywhere from 30 days ago to 30 days ahead; the rest new.
      if (random() < 0.7) {
        const due = now + Math.round((random() * 60 - 30) * DAY_MS);
        schedule.run(1 + Math.floor(random() * 8), random() * 50, 1 + random() * 9, due, due - DAY_MS, card.id);
      }
    }
  })();
  return deck.id;
}

async function time(runs: number, task: () => Promise<void>): Promise<number[]> {
  await task(); // warm-up: statement caches and the page cache, as after the first click in the app
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function runCardsBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { cards: { type: 'string', default: '50000' }, runs: { type: 'string', default: '20' } },
  });
  const count = Number(values.cards);
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(count) || count < 1000 || !Number.isSafeInteger(runs) || runs < 1) {
    throw new Error('--cards must be an integer >= 1000 and --runs an integer >= 1');
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'mea-bench-cards-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const service = new FlashcardService(db, new SettingsRepository(db));
    const now = Date.now();
    const built = performance.now();
    const deckId = buildDeck(service, db, count, now);
    console.log(`Built a ${count}-card deck in ${((performance.now() - built) / 1000).toFixed(1)} s (one transaction)`);
    db.pragma('optimize');

    const dispatcher = new Dispatcher(flashcardsHandlers(service) as unknown as InvokeHandlers);
    const call = async (channel: string, payload: unknown): Promise<unknown> => {
      const envelope = await dispatcher.dispatch(channel, payload);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
      return envelope.value;
    };
    const last = Math.max(0, count - 100);
    const offsets = [Math.min(10_000, last), Math.min(25_000, last), Math.min(49_900, last)];
    const tasks: [string, () => Promise<void>][] = [
      [
        'open deck (deck list with counts + first 100 cards)',
        async () => {
          await call('decks:list', {});
          await call('cards:list', { deckId, offset: 0, limit: 100 });
        },
      ],
      ...offsets.map((offset): [string, () => Promise<void>] => [
        `scroll: 100 cards at offset ${offset}`,
        async () => void (await call('cards:list', { deckId, offset, limit: 100 })),
      ]),
      ...['hypokal', 'atrial fibrillation', 'vitamin K reversal'].map((query): [string, () => Promise<void>] => [
        `search "${query}" (top 50, bm25, snippets)`,
        async () => void (await call('cards:search', { query, limit: 50 })),
      ]),
      [
        'search in deck list "electrolytes" (page of 100 + total)',
        async () => void (await call('cards:list', { deckId, query: 'electrolytes', offset: 0, limit: 100 })),
      ],
      ['due queue (limit 200)', async () => void (await call('cards:due', { deckId, limit: 200 }))],
    ];

    console.log(`\n${runs} runs each after one warm-up; milliseconds, median (min, max); target < ${TARGET_MS} ms`);
    let slow = 0;
    for (const [label, task] of tasks) {
      const samples = await time(runs, task);
      const over = summary(samples).median >= TARGET_MS;
      if (over) slow++;
      console.log(`  ${label.padEnd(58)} ${formatSummary(samples, 2)}${over ? '  OVER TARGET' : ''}`);
    }
    console.log(slow === 0 ? '\nAll operations under target.' : `\n${slow} operation(s) over target.`);

    // Retrieval for "Use my cards": the ranked, scored cards chat would ground an answer with.
    const queries = retrievalQueries(
      TOPICS.map(([topic]) => topic),
      ASPECTS,
    );
    const r = timeRetrieval(db, queries, deckId);
    console.log(
      `\nRetrieval (FtsCardRetriever, top 10): ${r.queries} searches (${queries.length} questions, all decks then one deck)`,
    );
    printTiming(r);

    // Past answers over a long chat history: one conversation per card of the first ANSWER_CHATS.
    fillHistory(db, ANSWER_CHATS);
    const a = timeAnswerRetrieval(db, queries);
    console.log(
      `\nPast answers (FtsAnswerRetriever, top 10): ${a.queries} searches over ${ANSWER_CHATS} earlier chats`,
    );
    printTiming(a);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTiming(t: RetrievalTiming): void {
  console.log(`  first search (reads the index vocabulary): ${t.firstSearchMs.toFixed(1)} ms`);
  const met = t.p95 < RETRIEVAL_TARGET_P95_MS ? 'met' : 'NOT met';
  console.log(
    `  p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(2)} ms; target p95 < ${RETRIEVAL_TARGET_P95_MS} ms: ${met}`,
  );
}

/** Asks each of the first `count` cards' fronts in its own chat, answered at length with its back. */
function fillHistory(db: Database, count: number): void {
  const conversations = new ConversationRepository(db);
  const messages = new MessageRepository(db);
  const cards = db.prepare('SELECT front, back FROM cards ORDER BY id LIMIT ?').all(count) as {
    front: string;
    back: string;
  }[];
  db.transaction(() => {
    for (const card of cards) {
      const conversation = conversations.create(card.front.slice(0, 80));
      messages.addUser(conversation.id, card.front);
      const answer = messages.startAssistant(conversation.id, { modelName: 'bench', profile: null });
      const content = `${card.back}. In short: ${card.back}. Remember that ${card.back}.`;
      messages.finish(answer.id, { content, status: 'complete' });
    }
  })();
}
