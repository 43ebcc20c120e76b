// Evaluation channels → EvaluationRuns (background perplexity runs and the stored results).
import type { evaluationInvokeChannels } from '../../../../preload/contract/features/evaluation';
import type { EvaluationRuns } from '../../evaluation/evaluation-runs';
import type { FeatureHandlers } from './types';

export function evaluationHandlers(runs: EvaluationRuns): FeatureHandlers<typeof evaluationInvokeChannels> {
  return {
    'evaluation:run': (request) => runs.start(request),
    'evaluation:cancel': ({ runKey }) => runs.cancel(runKey),
    'evaluation:list': () => runs.list(),
    'evaluation:delete': ({ id }) => runs.delete(id),
    'evaluation:sample': () => runs.sample(),
  };
}
