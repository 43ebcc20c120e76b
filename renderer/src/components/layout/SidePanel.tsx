// A view's side panel (conversations, decks) at narrow widths: below the `sm` breakpoint it folds away behind a
// toggle bar and, when shown, takes the place of the view's content instead of squeezing it. From `sm` up the
// panel is always shown beside the content and the toggle is not rendered visibly.
import { useCallback, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { focusRing } from '../ui/Button';
import { ChevronDownIcon } from '../ui/icons';

export interface SidePanel {
  open: boolean;
  panelId: string;
  toggleId: string;
  toggle: () => void;
  /** Hides the panel again (after a pick in it); focus goes to the toggle if the panel was covering the view. */
  close: () => void;
  /** For the panel: Esc hides it again where it covers the view. */
  onPanelKeyDown: (event: KeyboardEvent) => void;
  /** Classes for the panel: hidden when folded, the whole width when shown (narrow widths only). */
  panelClass: string;
  /** Classes for the view's content: hidden while the panel takes its place (narrow widths only). */
  contentClass: string;
}

export function useSidePanel(): SidePanel {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleId = useId();
  const toggle = useCallback(() => setOpen((was) => !was), []);
  const close = useCallback(() => {
    setOpen(false);
    // The toggle is display:none from `sm` up; only where it shows did the panel cover what was focused.
    const button = document.getElementById(toggleId);
    if (button !== null && button.offsetParent !== null && button !== document.activeElement) button.focus();
  }, [toggleId]);
  const onPanelKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
      if (document.getElementById(toggleId)?.offsetParent == null) return;
      event.preventDefault();
      close();
    },
    [open, close, toggleId],
  );
  return {
    open,
    panelId,
    toggleId,
    toggle,
    close,
    onPanelKeyDown,
    panelClass: open ? 'max-sm:w-full max-sm:flex-1 max-sm:border-r-0' : 'max-sm:hidden',
    contentClass: open ? 'max-sm:hidden' : '',
  };
}

export function SidePanelToggle({
  panel,
  testId,
  children,
}: {
  panel: SidePanel;
  testId: string;
  /** What the panel holds, and what is picked in it now (e.g. "Decks: Electrolytes"). */
  children: ReactNode;
}) {
  return (
    <div className="flex shrink-0 items-center border-b border-slate-200 px-3 py-1.5 sm:hidden dark:border-slate-800">
      <button
        id={panel.toggleId}
        type="button"
        data-testid={testId}
        aria-expanded={panel.open}
        aria-controls={panel.panelId}
        onClick={panel.toggle}
        className={`inline-flex h-8 min-w-0 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-200/70 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <ChevronDownIcon className={`shrink-0 transition-transform ${panel.open ? 'rotate-180' : ''}`} />
        <span className="truncate">{children}</span>
      </button>
    </div>
  );
}
