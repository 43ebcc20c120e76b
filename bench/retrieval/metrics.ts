// Retrieval figures over labeled questions: recall@5 and hits@5 on the cards that pass the relevance
// threshold (what chat would use), MRR of the ranking, and how well "no relevant card" is called.

export interface QuestionOutcome {
  /** Relevant card ids (empty: nothing in the deck answers). */
  relevant: ReadonlySet<number>;
  /** Ranked card ids the retriever returned (any score). */
  ranked: readonly number[];
  /** Ranked card ids at or above the relevance threshold. */
  passing: readonly number[];
}

export interface RetrievalFigures {
  answerable: number;
  unanswerable: number;
  recallAt5: number;
  hitsAt5: number;
  mrr: number;
  noAnswerPrecision: number;
  noAnswerRecall: number;
  saidNone: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function retrievalFigures(outcomes: readonly QuestionOutcome[]): RetrievalFigures {
  let answerable = 0;
  let recallSum = 0;
  let hits = 0;
  let reciprocalSum = 0;
  let unanswerable = 0;
  let saidNone = 0;
  let saidNoneRightly = 0;
  for (const outcome of outcomes) {
    const none = outcome.passing.length === 0;
    if (none) saidNone++;
    if (outcome.relevant.size === 0) {
      unanswerable++;
      if (none) saidNoneRightly++;
      continue;
    }
    answerable++;
    const found = outcome.passing.slice(0, 5).filter((id) => outcome.relevant.has(id)).length;
    recallSum += found / Math.min(outcome.relevant.size, 5);
    if (found > 0) hits++;
    const rank = outcome.ranked.findIndex((id) => outcome.relevant.has(id));
    if (rank >= 0) reciprocalSum += 1 / (rank + 1);
  }
  return {
    answerable,
    unanswerable,
    recallAt5: ratio(recallSum, answerable),
    hitsAt5: ratio(hits, answerable),
    mrr: ratio(reciprocalSum, answerable),
    noAnswerPrecision: ratio(saidNoneRightly, saidNone),
    noAnswerRecall: ratio(saidNoneRightly, unanswerable),
    saidNone,
  };
}
