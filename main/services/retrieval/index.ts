// Retrieval over the student's decks: the interface chat uses and today's FTS5 implementation.
export { FtsCardRetriever } from './fts-card-retriever';
export { isRelevant, RELEVANCE_THRESHOLD } from './types';
export type { CardRetriever, CardSearchOptions, RetrievedCard } from './types';
