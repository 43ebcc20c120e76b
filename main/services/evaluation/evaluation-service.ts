// Perplexity evaluations of the loaded model (base, and base + adapter) on a JSONL data file; stores each run.
import { ApiError } from '../../../preload/contract/envelope';
import { readEvaluationDataset, type EvaluationDataset } from './dataset';
import type { EvaluationRepository } from './evaluation-repository';
import type { ScoredItem } from './item-scorer';
import { scoreDataset } from './score-dataset';
import type { EvaluationRun, EvaluationVariant, Evaluator } from './types';

/** What a run of one variant scores: the loaded model, and the adapter for 'adapter'. */
export interface EvaluationTarget {
  modelName: string;
  modelPath: string;
  adapterPath: string | null;
  adapterScale: number | null;
}

/** The loaded model as the evaluation sees it (ModelService in the app). */
export interface EvaluationScorer {
  /** Throws an ApiError when no model is ready, or no adapter is loaded for 'adapter'. */
  evaluationTarget(variant: EvaluationVariant): EvaluationTarget;
  scoreEvaluationItem(
    item: { question: string; answer: string },
    variant: EvaluationVariant,
    signal: AbortSignal,
  ): Promise<ScoredItem>;
}

export interface EvaluationServiceDependencies {
  store: Pick<EvaluationRepository, 'insert' | 'list' | 'delete'>;
  scorer: EvaluationScorer;
  /** Epoch milliseconds; Date.now unless a test injects a clock. */
  now?: () => number;
  readDataset?: (path: string) => Promise<EvaluationDataset>;
}

export class EvaluationService implements Evaluator {
  private readonly now: () => number;
  private readonly readDataset: (path: string) => Promise<EvaluationDataset>;

  constructor(private readonly deps: EvaluationServiceDependencies) {
    this.now = deps.now ?? Date.now;
    this.readDataset = deps.readDataset ?? ((path) => readEvaluationDataset(path));
  }

  async run(
    request: { dataPath: string; variants: EvaluationVariant[] },
    options: Parameters<Evaluator['run']>[1],
  ): Promise<EvaluationRun[]> {
    const { runKey, signal, onProgress } = options;
    const { scorer, store } = this.deps;
    // Both variants must be scorable before any work starts.
    for (const variant of request.variants) scorer.evaluationTarget(variant);
    const dataset = await this.readDataset(request.dataPath);
    const runs: EvaluationRun[] = [];
    for (const variant of request.variants) {
      const target = scorer.evaluationTarget(variant);
      const score = await scoreDataset(
        dataset.items,
        (item, itemSignal) => scorer.scoreEvaluationItem(item, variant, itemSignal),
        {
          signal,
          now: this.now,
          onProgress: ({ itemsDone, itemsTotal, tokensPerSecond }) =>
            onProgress({ runKey, variant, itemsDone, itemsTotal, tokensPerSecond }),
        },
      );
      // A model (or adapter) loaded meanwhile would make the stored labels wrong.
      if (!sameTarget(target, scorer.evaluationTarget(variant))) {
        throw new Error('The model or adapter changed during the evaluation; run it again.');
      }
      runs.push(
        store.insert({
          createdAt: this.now(),
          variant,
          ...target,
          dataPath: request.dataPath,
          dataSha256: dataset.sha256,
          items: score.totals.items,
          seconds: score.seconds,
          tokensPerSecond: score.tokensPerSecond,
          ...score.totals.figures(),
        }),
      );
    }
    return runs;
  }

  list(): EvaluationRun[] {
    return this.deps.store.list();
  }

  delete(id: number): void {
    if (!this.deps.store.delete(id)) throw new ApiError('not_found', `No stored evaluation has id ${id}.`);
  }
}

function sameTarget(a: EvaluationTarget, b: EvaluationTarget): boolean {
  return (
    a.modelPath === b.modelPath &&
    a.modelName === b.modelName &&
    a.adapterPath === b.adapterPath &&
    a.adapterScale === b.adapterScale
  );
}
