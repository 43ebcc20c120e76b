// window.api functions for review: queue, previews, rating, undo, stats, settings, explain.
import type { MeaBridgeApi } from '../../contract/api';
import type { ReviewApi } from '../../contract/features/review';
import type { BridgeTools } from '../bridge-tools';

export function reviewBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof ReviewApi> {
  return {
    reviewQueue: (deckId, limit) => call('review:queue', { deckId, limit }),
    previewReview: (cardId) => call('review:preview', { cardId }),
    rateCard: (request) => call('review:rate', request),
    undoReview: () => call('review:undo', {}),
    reviewStats: (days, deckId) => call('review:stats', deckId === undefined ? { days } : { days, deckId }),
    getReviewSettings: () => call('review:getSettings', {}),
    setReviewSettings: (patch) => call('review:setSettings', patch),
    explainCard: (cardId) => call('review:explain', { cardId }),
  };
}
