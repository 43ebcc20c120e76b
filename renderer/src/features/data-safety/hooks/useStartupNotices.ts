// Reads this start's notices about the data file once; dismissing hides them for the rest of the session.
import { useCallback, useEffect, useState } from 'react';
import type { StartupNotice } from '../../../../../preload/contract/features/app';
import type { MeaApi } from '../../../lib/api';

export function useStartupNotices(api: MeaApi): { notices: StartupNotice[]; dismiss: () => void } {
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    let live = true;
    api.getStartupNotices().then(
      (result) => {
        if (live) setNotices(result.notices);
      },
      () => undefined, // no notices is the safe reading of a failed call; the app works either way
    );
    return () => {
      live = false;
    };
  }, [api]);
  const dismiss = useCallback(() => setNotices([]), []);
  return { notices, dismiss };
}
