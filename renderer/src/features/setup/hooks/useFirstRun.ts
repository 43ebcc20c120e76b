// Asks once, at start-up, whether a usable model is configured; calls onFirstRun when none is.
import { useEffect, useState } from 'react';
import type { MeaApi } from '../../../lib/api';

/** Returns true once the check has finished (either way), so tests and the UI know the view is settled. */
export function useFirstRun(api: MeaApi, onFirstRun: () => void): boolean {
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    let live = true;
    api.getModelCatalog().then(
      (catalog) => {
        if (!live) return;
        if (catalog.firstRun) onFirstRun();
        setChecked(true);
      },
      () => {
        if (live) setChecked(true); // no catalog: stay where we are; Settings still works
      },
    );
    return () => {
      live = false;
    };
  }, [api, onFirstRun]);
  return checked;
}
