// Retrieval latency for `npm run bench -- cards`: a few hundred varied questions (each topic asked
// several ways, abbreviations, lay words, misspellings, long questions, topics no card has, one deck
// or all) against the benchmark's large deck; p50, p95 and max in milliseconds.
import type { Database } from 'better-sqlite3';
import { FtsAnswerRetriever, FtsCardRetriever } from '../../main/services/retrieval';

export const RETRIEVAL_TARGET_P95_MS = 20;

const PHRASINGS = [
  (topic: string, aspect: string) => `What is the ${aspect} of ${topic}?`,
  (topic: string, aspect: string) => `${aspect} ${topic}`,
  (topic: string, aspect: string) => `Can you explain the ${aspect} in a patient with ${topic}, please?`,
  (topic: string) => topic,
];

const EXTRA = [
  'hypoK ECG',
  'hyperK tx',
  'DKA management',
  'AF anticoagulation',
  'MI',
  'low potassium',
  'high potassium treatment',
  'sugar too high with ketones',
  'irregular heartbeat without p waves',
  'blood thinner reversal vitamin K',
  'collapsed lung with low blood pressure',
  'protein in urine and swelling',
  'tired and pale low iron',
  'hypokalaemia',
  'hypokalemai',
  'atrial fibrilation',
  'myasthenia gravs',
  'nephrotc syndrome',
  'ketoacidossis',
  'adisson disease',
  'Kawasaki disease treatment',
  'what causes scabies',
  'symptoms of rabies',
  'Marfan syndrome diagnosis',
  'how is dengue treated',
  'vitiligo',
  'The patient is a 64 year old man with palpitations, an irregularly irregular pulse and breathlessness; what is the first-line treatment and what should be monitored?',
  'A child with fatigable weakness and ptosis that gets worse through the day: which antibodies and which treatment?',
  '"unbalanced quote NEAR( AND OR *',
];

export function retrievalQueries(topics: readonly string[], aspects: readonly string[]): string[] {
  const queries: string[] = [];
  for (const topic of topics)
    for (const aspect of aspects) for (const phrase of PHRASINGS) queries.push(phrase(topic, aspect));
  return [...new Set([...queries, ...EXTRA])];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export interface RetrievalTiming {
  queries: number;
  firstSearchMs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Times `search` on every call in `calls`, after one warm-up search that reads the index vocabulary. */
function timeSearches(warmUp: () => void, calls: readonly (() => void)[]): RetrievalTiming {
  const first = performance.now();
  warmUp();
  const firstSearchMs = performance.now() - first;
  const samples = calls.map((call) => {
    const start = performance.now();
    call();
    return performance.now() - start;
  });
  samples.sort((a, b) => a - b);
  return {
    queries: samples.length,
    firstSearchMs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1] as number,
  };
}

/** Times every query twice over (all decks, then one deck). */
export function timeRetrieval(db: Database, queries: readonly string[], deckId: number): RetrievalTiming {
  const retriever = new FtsCardRetriever(db);
  const calls = [null, deckId].flatMap((scope) =>
    queries.map((query) => () => void retriever.search(query, { deckId: scope, limit: 10 })),
  );
  return timeSearches(() => void retriever.search('warm-up search'), calls);
}

/** Past answers (the "Also use my earlier answers" setting): the same questions over a large chat history. */
export function timeAnswerRetrieval(db: Database, queries: readonly string[]): RetrievalTiming {
  const retriever = new FtsAnswerRetriever(db);
  const calls = queries.map((query) => () => void retriever.search(query, { limit: 10 }));
  return timeSearches(() => void retriever.search('warm-up search'), calls);
}
