// The evaluation service's shapes: perplexity of a model (with or without its LoRA adapter) on a
// JSONL file of {question, answer} pairs, rendered in the adapter's prompt format.

/** Which weights a run scores: the base model alone, or base + the loaded adapter. */
export type EvaluationVariant = 'base' | 'adapter';

export interface PerplexityFigures {
  /** exp(mean negative log-likelihood) over answer tokens only (the answer + its <end_of_turn>). */
  answerPerplexity: number;
  /** exp(mean NLL) over every predicted token of each whole sequence (prompt too: the model card's figure). */
  sequencePerplexity: number;
  answerTokens: number;
  sequenceTokens: number;
}

export interface EvaluationRun extends PerplexityFigures {
  id: number;
  /** Epoch milliseconds when the run finished. */
  createdAt: number;
  variant: EvaluationVariant;
  modelName: string;
  modelPath: string;
  /** The adapter file scored (null for 'base'). */
  adapterPath: string | null;
  adapterScale: number | null;
  dataPath: string;
  /** SHA-256 of the data file, so runs on the same data can be paired. */
  dataSha256: string;
  items: number;
  seconds: number;
  tokensPerSecond: number;
}

export interface EvaluationProgress {
  runKey: string;
  variant: EvaluationVariant;
  itemsDone: number;
  itemsTotal: number;
  tokensPerSecond: number;
}

/** What the contract handlers and the CLI use (implemented by EvaluationService). */
export interface Evaluator {
  /**
   * Scores the data file with the loaded model, once per requested variant, in order, storing each
   * finished run. Progress is reported through the callback; abort stops between items with an error.
   */
  run(
    request: { dataPath: string; variants: EvaluationVariant[] },
    options: { runKey: string; signal: AbortSignal; onProgress: (progress: EvaluationProgress) => void },
  ): Promise<EvaluationRun[]>;
  /** Stored runs, newest first. */
  list(): EvaluationRun[];
  delete(id: number): void;
}
