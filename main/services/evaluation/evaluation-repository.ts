// SQL for stored evaluation runs (table evaluation_runs, migration 5): list, insert, delete.
import type { Database, Statement } from 'better-sqlite3';
import type { EvaluationRun } from './types';

interface RunRow {
  id: number;
  created_at: number;
  variant: EvaluationRun['variant'];
  model_name: string;
  model_path: string;
  adapter_path: string | null;
  adapter_scale: number | null;
  data_path: string;
  data_sha256: string;
  items: number;
  seconds: number;
  tokens_per_second: number;
  answer_perplexity: number;
  sequence_perplexity: number;
  answer_tokens: number;
  sequence_tokens: number;
}

function toRun(row: RunRow): EvaluationRun {
  return {
    id: row.id,
    createdAt: row.created_at,
    variant: row.variant,
    modelName: row.model_name,
    modelPath: row.model_path,
    adapterPath: row.adapter_path,
    adapterScale: row.adapter_scale,
    dataPath: row.data_path,
    dataSha256: row.data_sha256,
    items: row.items,
    seconds: row.seconds,
    tokensPerSecond: row.tokens_per_second,
    answerPerplexity: row.answer_perplexity,
    sequencePerplexity: row.sequence_perplexity,
    answerTokens: row.answer_tokens,
    sequenceTokens: row.sequence_tokens,
  };
}

export type NewEvaluationRun = Omit<EvaluationRun, 'id'>;

/** Runs kept for the list; older ones stay in the file but are not shown. */
const LIST_LIMIT = 500;

export class EvaluationRepository {
  private readonly insertStmt: Statement<[NewEvaluationRun]>;
  private readonly getStmt: Statement<[number], RunRow>;
  private readonly listStmt: Statement<[number], RunRow>;
  private readonly deleteStmt: Statement<[number]>;

  constructor(db: Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO evaluation_runs (created_at, variant, model_name, model_path, adapter_path, adapter_scale,
         data_path, data_sha256, items, seconds, tokens_per_second, answer_perplexity, sequence_perplexity,
         answer_tokens, sequence_tokens)
       VALUES (@createdAt, @variant, @modelName, @modelPath, @adapterPath, @adapterScale, @dataPath, @dataSha256,
         @items, @seconds, @tokensPerSecond, @answerPerplexity, @sequencePerplexity, @answerTokens, @sequenceTokens)`,
    );
    this.getStmt = db.prepare('SELECT * FROM evaluation_runs WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM evaluation_runs ORDER BY created_at DESC, id DESC LIMIT ?');
    this.deleteStmt = db.prepare('DELETE FROM evaluation_runs WHERE id = ?');
  }

  insert(run: NewEvaluationRun): EvaluationRun {
    const { lastInsertRowid } = this.insertStmt.run(run);
    const row = this.getStmt.get(Number(lastInsertRowid));
    if (!row) throw new Error('The evaluation run was not stored.');
    return toRun(row);
  }

  /** Newest first. */
  list(limit = LIST_LIMIT): EvaluationRun[] {
    return this.listStmt.all(limit).map(toRun);
  }

  /** Returns false when no run has this id. */
  delete(id: number): boolean {
    return this.deleteStmt.run(id).changes > 0;
  }
}
