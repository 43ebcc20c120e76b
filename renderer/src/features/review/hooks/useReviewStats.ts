// Review stats for the panel; refresh() after each rating.
import { useCallback, useEffect, useState } from 'react';
import type { ReviewStats } from '../../../../../preload/contract/features/review';
import type { MeaApi } from '../../../lib/api';

export const STATS_DAYS = 30;

export function useReviewStats(api: MeaApi, deckId: number | null): { stats: ReviewStats | null; refresh(): void } {
  const [stats, setStats] = useState<ReviewStats | null>(null);
  const refresh = useCallback(() => {
    api.reviewStats(STATS_DAYS, deckId).then(setStats, () => setStats(null));
  }, [api, deckId]);
  useEffect(refresh, [refresh]);
  return { stats, refresh };
}
