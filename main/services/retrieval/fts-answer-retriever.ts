// AnswerRetriever over the chat history's FTS5 index: a hit on a question or on an answer gives the
// question-and-answer pair, scored like a card (the question as its front, the answer as its back).
import type { Database, Statement } from 'better-sqlite3';
import { coverage } from './concept-coverage';
import { IndexVocabulary } from './index-vocabulary';
import { ftsExpression } from './query-concepts';
import { SynonymLexicon } from './synonym-lexicon';
import { foldedWords } from './text-tokens';
import type { AnswerRetriever, AnswerSearchOptions, RetrievedAnswer } from './types';
import { candidateConcepts, weighQuery } from './weighted-query';

interface PairRow {
  id: number;
  conversation_id: number;
  title: string;
  answer: string;
  question: string | null;
  updated_at: number;
  rank: number;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Best-ranked messages turned into pairs and rescored per query. */
const CANDIDATES = 80;

// A hit on a question stands for the first answer after it; a hit on an answer for itself. Each pair
// is read once, at its best rank; only finished answers of live conversations count.
const PAIRS_SQL = `
  WITH hits AS (
    SELECT rowid AS id, bm25(messages_fts) AS rank FROM messages_fts
    WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?
  ),
  answered AS (
    SELECT h.rank, CASE WHEN m.role = 'assistant' THEN m.id ELSE (
             SELECT min(x.id) FROM messages x
             WHERE x.conversation_id = m.conversation_id AND x.id > m.id AND x.role = 'assistant'
           ) END AS answer_id
    FROM hits h JOIN messages m ON m.id = h.id
  )
  SELECT a.id, a.conversation_id, cv.title, a.content AS answer, a.updated_at, min(s.rank) AS rank,
         (SELECT q.content FROM messages q
          WHERE q.conversation_id = a.conversation_id AND q.id < a.id AND q.role = 'user'
          ORDER BY q.id DESC LIMIT 1) AS question
  FROM answered s JOIN messages a ON a.id = s.answer_id JOIN conversations cv ON cv.id = a.conversation_id
  WHERE a.status = 'complete' AND length(a.content) > 0 AND cv.deleted_at IS NULL AND a.conversation_id IS NOT ?
  GROUP BY a.id ORDER BY rank`;

export class FtsAnswerRetriever implements AnswerRetriever {
  private readonly vocabulary: IndexVocabulary;
  private readonly lexicon: SynonymLexicon;
  private readonly pairsStmt: Statement<[string, number, number | null], PairRow>;

  constructor(db: Database, options: { lexicon?: SynonymLexicon } = {}) {
    // Rows of the history index: every message but the one still streaming.
    this.vocabulary = new IndexVocabulary(db, {
      table: 'messages_fts',
      countSql: "SELECT count(*) AS n FROM messages WHERE status <> 'streaming'",
    });
    this.lexicon = options.lexicon ?? new SynonymLexicon();
    this.pairsStmt = db.prepare(PAIRS_SQL);
  }

  search(query: string, options: AnswerSearchOptions = {}): RetrievedAnswer[] {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const minScore = options.minScore ?? 0;
    const concepts = weighQuery(query, this.lexicon, this.vocabulary);
    const match = ftsExpression(candidateConcepts(concepts, this.vocabulary.cardCount));
    if (match === null) return [];
    const scored: { answer: RetrievedAnswer; rank: number }[] = [];
    for (const row of this.pairsStmt.all(match, CANDIDATES, options.excludeConversationId ?? null)) {
      if (row.question === null) continue;
      const score = coverage(concepts, { front: foldedWords(row.question), back: foldedWords(row.answer), tags: [] });
      if (score < minScore || score === 0) continue;
      scored.push({
        answer: {
          messageId: row.id,
          conversationId: row.conversation_id,
          conversationTitle: row.title,
          question: row.question,
          answer: row.answer,
          score: Math.round(score * 1000) / 1000,
          updatedAt: row.updated_at,
        },
        rank: row.rank,
      });
    }
    scored.sort(
      (a, b) => b.answer.score - a.answer.score || a.rank - b.rank || b.answer.messageId - a.answer.messageId,
    );
    return scored.slice(0, limit).map((entry) => entry.answer);
  }
}
