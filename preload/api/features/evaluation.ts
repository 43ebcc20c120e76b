// window.api functions for the Evaluate view (perplexity of base vs base + adapter).
import type { MeaBridgeApi } from '../../contract/api';
import type { EvaluationApi } from '../../contract/features/evaluation';
import type { BridgeTools } from '../bridge-tools';

export function evaluationBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof EvaluationApi> {
  return {
    runEvaluation: (request) => call('evaluation:run', request),
    cancelEvaluation: (runKey) => call('evaluation:cancel', { runKey }),
    listEvaluations: () => call('evaluation:list', {}),
    deleteEvaluation: (id) => call('evaluation:delete', { id }),
    evaluationSample: () => call('evaluation:sample', {}),
    onEvaluationProgress: (listener) => on('evaluation:progress', listener),
    onEvaluationDone: (listener) => on('evaluation:done', listener),
  };
}
