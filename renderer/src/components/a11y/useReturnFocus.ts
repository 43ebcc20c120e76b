// Remembers what had focus when a component mounted (the button that opened it) and puts focus back
// there on request, so closing or finishing never leaves focus on the page body.
import { useCallback, useState } from 'react';

export function useReturnFocus(fallback?: () => HTMLElement | null): () => void {
  // Read once, on mount: the element that started this (e.g. the clicked "Save card" button).
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  return useCallback(() => {
    // After the closing render: the dialog's own focus handling may run first, this has the last word.
    requestAnimationFrame(() => {
      const target = opener?.isConnected ? opener : (fallback?.() ?? null);
      if (target !== null && target !== document.body) target.focus();
    });
  }, [opener, fallback]);
}
