// `npm run eval:retrieval [-- --split dev|test|all] [--source cards|answers] [--misses] [--threshold X]`:
// the card retriever on a generated medical deck (bench/retrieval/eval-deck.ts, about 2,100 cards), or
// with --source answers the past-answer retriever on the same deck's basic cards asked and answered
// in earlier chats, against labeled questions
// (bench/retrieval/questions.ts: direct, drug, abbreviation, misspelling, lay, back-of-card and
// questions no card answers). Prints recall@5, hits@5, MRR and no-answer precision and recall for
// the dev half (used to tune) and the test half (not looked at while tuning).
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import {
  ANSWER_RELEVANCE_THRESHOLD,
  FtsAnswerRetriever,
  FtsCardRetriever,
  RELEVANCE_THRESHOLD,
} from '../main/services/retrieval';
import { openDatabase } from '../main/services/store';
import { evalDeckCards, type EvalCard } from './retrieval/eval-deck';
import { loadEvalAnswers, loadEvalDeck } from './retrieval/eval-db';
import { retrievalFigures, type QuestionOutcome } from './retrieval/metrics';
import { labeledQuestions, type LabeledQuestion } from './retrieval/questions';

const GOALS = { recallAt5: 0.9, noAnswerPrecision: 0.9 };

function formatFigures(label: string, outcomes: QuestionOutcome[]): string {
  const f = retrievalFigures(outcomes);
  const pct = (value: number) => (Number.isNaN(value) ? '  n/a' : value.toFixed(3));
  return (
    `${label.padEnd(14)} n=${String(outcomes.length).padStart(3)} (${f.answerable} answerable, ${f.unanswerable} none)` +
    `  recall@5 ${pct(f.recallAt5)}  hits@5 ${pct(f.hitsAt5)}  MRR ${pct(f.mrr)}` +
    `  no-answer precision ${pct(f.noAnswerPrecision)} recall ${pct(f.noAnswerRecall)} (said none ${f.saidNone})`
  );
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      split: { type: 'string', default: 'all' },
      misses: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      sweep: { type: 'boolean', default: false },
      source: { type: 'string', default: 'cards' },
    },
  });
  const source = values.source;
  if (source !== 'cards' && source !== 'answers') throw new Error('--source must be cards or answers');
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all') throw new Error('--split must be dev, test or all');
  const defaultThreshold = source === 'cards' ? RELEVANCE_THRESHOLD : ANSWER_RELEVANCE_THRESHOLD;
  const threshold = values.threshold === undefined ? defaultThreshold : Number(values.threshold);

  const cards = evalDeckCards();
  const db = openDatabase(':memory:');
  const byId = source === 'cards' ? loadEvalDeck(db, cards) : loadEvalAnswers(db, cards);
  const idsByFact = new Map<string, Set<number>>();
  for (const [id, card] of byId) {
    for (const fact of card.facts) {
      const ids = idsByFact.get(fact) ?? new Set<number>();
      ids.add(id);
      idsByFact.set(fact, ids);
    }
  }
  const search = searcher(db, source);
  const questions = labeledQuestions().filter((q) => split === 'all' || q.split === split);
  const searched = source === 'cards' ? `${byId.size} cards` : `${byId.size} earlier answers (the basic cards)`;
  console.log(
    `Searched: ${searched} from ${new Set(cards.map((c) => c.deck)).size} decks; ${questions.length} questions; threshold ${threshold}\n`,
  );

  const results: { question: LabeledQuestion; outcome: QuestionOutcome }[] = [];
  const scoresOf = new Map<QuestionOutcome, number[]>();
  const started = performance.now();
  for (const question of questions) {
    const relevant = new Set(question.facts.flatMap((fact) => [...(idsByFact.get(fact) ?? [])]));
    const hits = search(question.question);
    const outcome: QuestionOutcome = {
      relevant,
      ranked: hits.map((hit) => hit.id),
      passing: hits.filter((hit) => hit.score >= threshold).map((hit) => hit.id),
    };
    results.push({ question, outcome });
    scoresOf.set(
      outcome,
      hits.map((hit) => hit.score),
    );
    if (values.misses) printMiss(question, outcome, hits, byId, threshold);
  }
  const elapsed = performance.now() - started;

  for (const part of ['dev', 'test'] as const) {
    const inPart = results.filter((r) => r.question.split === part);
    if (inPart.length === 0) continue;
    console.log(
      formatFigures(
        part,
        inPart.map((r) => r.outcome),
      ),
    );
    for (const kind of [...new Set(inPart.map((r) => r.question.kind))]) {
      console.log(
        `  ${formatFigures(
          kind,
          inPart.filter((r) => r.question.kind === kind).map((r) => r.outcome),
        )}`,
      );
    }
  }
  if (split === 'all')
    console.log(
      formatFigures(
        'all',
        results.map((r) => r.outcome),
      ),
    );
  if (values.sweep)
    printSweep(
      results.map((r) => r.outcome),
      scoresOf,
    );
  console.log(`\n${(elapsed / questions.length).toFixed(2)} ms per question on average (in-memory database)`);
  const all = retrievalFigures(results.map((r) => r.outcome));
  const met = all.recallAt5 >= GOALS.recallAt5 && all.noAnswerPrecision >= GOALS.noAnswerPrecision;
  console.log(
    `Goal recall@5 >= ${GOALS.recallAt5} with no-answer precision >= ${GOALS.noAnswerPrecision}: ${met ? 'met' : 'NOT met'}`,
  );
  db.close();
}

/** The top ten for a question, by card id or by answer message id. */
function searcher(db: Database, source: 'cards' | 'answers'): (question: string) => { id: number; score: number }[] {
  if (source === 'cards') {
    const cards = new FtsCardRetriever(db);
    return (question) => cards.search(question, { limit: 10 }).map((hit) => ({ id: hit.cardId, score: hit.score }));
  }
  const answers = new FtsAnswerRetriever(db);
  return (question) => answers.search(question, { limit: 10 }).map((hit) => ({ id: hit.messageId, score: hit.score }));
}

/** The figures at other thresholds, to choose one (on the dev half). */
function printSweep(outcomes: QuestionOutcome[], scoresOf: Map<QuestionOutcome, number[]>): void {
  console.log('\nthreshold  recall@5  no-answer precision  no-answer recall');
  for (let threshold = 0.4; threshold <= 0.851; threshold += 0.05) {
    const atThreshold = outcomes.map((outcome) => {
      const scores = scoresOf.get(outcome) ?? [];
      return { ...outcome, passing: outcome.ranked.filter((_, index) => (scores[index] ?? 0) >= threshold) };
    });
    const f = retrievalFigures(atThreshold);
    console.log(
      `  ${threshold.toFixed(2)}     ${f.recallAt5.toFixed(3)}     ${f.noAnswerPrecision.toFixed(3)}                ${f.noAnswerRecall.toFixed(3)}`,
    );
  }
}

function printMiss(
  question: LabeledQuestion,
  outcome: QuestionOutcome,
  hits: { id: number; score: number }[],
  byId: Map<number, EvalCard>,
  threshold: number,
): void {
  const top5 = outcome.passing.slice(0, 5);
  const found = top5.filter((id) => outcome.relevant.has(id)).length;
  const missed = outcome.relevant.size === 0 ? top5.length > 0 : found < Math.min(outcome.relevant.size, 5);
  if (!missed) return;
  const shown = hits
    .slice(0, 5)
    .map((hit) => `${byId.get(hit.id)?.key}=${hit.score}${hit.score >= threshold ? '' : '(below)'}`);
  const what = found > 0 ? `PARTIAL ${found}/${outcome.relevant.size}` : 'MISS';
  console.log(`${what} [${question.split}/${question.kind}] ${question.question} -> ${shown.join(', ') || 'nothing'}`);
}

main();
