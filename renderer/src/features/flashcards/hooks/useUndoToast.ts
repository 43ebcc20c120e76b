// One transient notice at a time, with an optional Undo; it hides itself after a few seconds.
import { useCallback, useEffect, useState } from 'react';

/** Long enough to read and reach for Undo. */
const TOAST_MS = 8000;

export interface UndoToast {
  message: string;
  /** Runs on "Undo"; absent for plain notices. */
  undo?: () => Promise<void>;
}

export function useUndoToast() {
  const [toast, setToast] = useState<UndoToast | null>(null);
  useEffect(() => {
    if (toast === null) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, show: setToast, dismiss };
}
