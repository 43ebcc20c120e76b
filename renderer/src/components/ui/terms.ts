// The technical terms the UI explains with a "what is this?" tip; each has a name and a plain-words text in
// the `common` catalog under `terms.<term>`.
import type { Catalogs } from '../../i18n/resources';

export type Term = keyof Catalogs['common']['terms'];

export interface TipKey {
  key: string;
  /** The tip is showing its explanation. */
  open: boolean;
  /** Focus is on the tip's own button. */
  onButton: boolean;
}

/**
 * Esc on an open tip's button closes the tip, and only the tip: a dialog around it stays open and the page's
 * own Esc (stop an answer, leave a quiz) does not fire. Anywhere else Esc is left to the others.
 */
export function tipTakesKey({ key, open, onButton }: TipKey): boolean {
  return open && onButton && (key === 'Escape' || key === 'Esc');
}
