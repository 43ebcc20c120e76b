// The "Try again" action of the model-unavailable banner, with its busy flag and last error.
import { useCallback, useState } from 'react';
import type { MeaApi } from '../../../lib/api';
import { IDLE_RETRY, retryModelLoad, type ModelRetryState } from '../state/model-retry';

export interface ModelRetry extends ModelRetryState {
  run(): void;
}

export function useModelRetry(api: MeaApi): ModelRetry {
  const [state, setState] = useState<ModelRetryState>(IDLE_RETRY);
  const run = useCallback(() => void retryModelLoad(api, setState), [api]);
  return { ...state, run };
}
