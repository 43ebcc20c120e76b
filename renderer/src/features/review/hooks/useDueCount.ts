// Cards due now across all decks, for the header's Review tab; re-read when `tick` changes and each minute.
import { useEffect, useState } from 'react';
import type { MeaApi } from '../../../lib/api';

const POLL_MS = 60_000;

export function useDueCount(api: MeaApi, tick: unknown): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      api.reviewQueue(null, 1).then(
        (queue) => live && setCount(queue.dueCount),
        () => live && setCount(null),
      );
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, tick]);
  return count;
}
