// Compare channels → CompareService.
import type { compareInvokeChannels } from '../../../../preload/contract/features/compare';
import type { CompareService } from '../../compare/compare-service';
import type { FeatureHandlers } from './types';

export function compareHandlers(compare: CompareService): FeatureHandlers<typeof compareInvokeChannels> {
  return {
    'compare:start': (request) => compare.start(request),
    'compare:stop': ({ requestId }) => compare.stop(requestId),
  };
}
