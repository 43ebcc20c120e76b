// window.api functions for the base-vs-adapter Compare view.
import type { MeaBridgeApi } from '../../contract/api';
import type { CompareApi } from '../../contract/features/compare';
import type { BridgeTools } from '../bridge-tools';

export function compareBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof CompareApi> {
  return {
    startCompare: (request) => call('compare:start', request),
    stopCompare: (requestId) => call('compare:stop', { requestId }),
    onCompareDelta: (listener) => on('compare:delta', listener),
    onCompareDone: (listener) => on('compare:done', listener),
  };
}
