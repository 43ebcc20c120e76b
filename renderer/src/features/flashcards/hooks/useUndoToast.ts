// One transient notice at a time, with an optional Undo; it hides itself after a few seconds. Each notice,
// and a finished undo, is also spoken through the live region (a toast that appears with its text is
// often not read).
import { useCallback, useEffect, useState } from 'react';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { useTranslation } from '../../../i18n';

/** Long enough to read and reach for Undo. */
const TOAST_MS = 8000;

export interface UndoToast {
  message: string;
  /** Runs on "Undo"; absent for plain notices. */
  undo?: () => Promise<void>;
}

export function useUndoToast() {
  const announce = useAnnounce();
  const { t } = useTranslation('cards');
  const [toast, setToast] = useState<UndoToast | null>(null);
  useEffect(() => {
    if (toast === null) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  const dismiss = useCallback(() => setToast(null), []);
  const show = useCallback(
    (next: UndoToast) => {
      const undo = next.undo;
      setToast(
        undo === undefined
          ? next
          : {
              ...next,
              undo: async () => {
                await undo();
                announce(t('notices.undone'));
              },
            },
      );
      announce(next.message);
    },
    [announce, t],
  );
  return { toast, show, dismiss };
}
