// At narrow widths the card editor takes the list's place (see FlashcardsView): focus goes with it, to the
// editor's way back when a card opens, and to that card's row when the list comes back.
import { useCallback, useEffect, useRef } from 'react';

/** Frames to wait for the virtual list to lay its rows out again after being hidden. */
const ROW_WAIT_FRAMES = 10;

function focusRow(cardId: number, framesLeft: number): void {
  const row = document.querySelector<HTMLElement>(`[data-testid="card-row"][data-card-id="${cardId}"]`);
  if (row !== null) row.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusRow(cardId, framesLeft - 1));
}

export function useEditorInPlace(openCardId: number | null, setOpenCardId: (id: number | null) => void) {
  /** The bar above the editor holding the way back; it is only displayed where the editor replaces the list. */
  const editorBarRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<number | null>(null);

  useEffect(() => {
    if (openCardId === null) {
      const id = returnTo.current;
      returnTo.current = null;
      if (id !== null) focusRow(id, ROW_WAIT_FRAMES);
      return;
    }
    // The row just clicked is hidden now; without this, focus would fall to the page.
    const bar = editorBarRef.current;
    if (bar !== null && bar.offsetParent !== null && bar.parentElement?.contains(document.activeElement) !== true)
      bar.querySelector('button')?.focus();
  }, [openCardId]);

  const backToList = useCallback(() => {
    returnTo.current = openCardId;
    setOpenCardId(null);
  }, [openCardId, setOpenCardId]);

  return { editorBarRef, backToList };
}
