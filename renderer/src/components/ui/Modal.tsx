// The one modal dialog, over Radix Dialog: focus moves in on open and stays in (Tab wraps), Esc closes it from
// any element inside, a click on the backdrop closes it, focus goes back to whatever opened it, and the page
// behind is hidden from assistive tech (aria-hidden) and made inert.
//
// Radix's own Overlay is not used: its scroll lock injects an inline <style>, which the app's CSP refuses, and
// the app shell never scrolls the body anyway. The backdrop below is a plain element around the panel.
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export type ModalWidth = 'max-w-lg' | 'max-w-xl' | 'max-w-2xl';

export interface ModalProps {
  /** The visible heading; it is also the dialog's accessible name. */
  title: ReactNode;
  /** A line under the heading, read with the name when the dialog opens. */
  description?: ReactNode;
  onClose: () => void;
  width?: ModalWidth;
  testId?: string;
  /**
   * What takes focus on open; by default the first focusable control. 'panel' focuses the dialog itself, for
   * one that is mostly text, so it opens at its top and a screen reader starts with its name.
   */
  initialFocus?: RefObject<HTMLElement | null> | 'panel';
  children: ReactNode;
}

// The overlay colour is a token (index.css): a light veil in light mode, a deep one in dark mode.
const BACKDROP = 'fixed inset-0 z-50 grid place-items-center bg-overlay p-4';
const PANEL =
  'flex max-h-[90vh] w-full flex-col gap-3 overflow-y-auto rounded-2xl bg-white p-5 shadow-xl ring-1 ring-slate-900/10 focus:outline-none dark:bg-slate-900 dark:shadow-black/60 dark:ring-slate-600';

let openModals = 0;

/** True while a modal dialog is open: page-level key handlers leave the keys to it. */
export function isModalOpen(): boolean {
  return openModals > 0;
}

/** The app root is inert while any modal is open; with nested modals, until the last one closes. */
function useInertApp(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    openModals += 1;
    if (root) root.inert = true;
    return () => {
      openModals -= 1;
      if (root && openModals === 0) root.inert = false;
    };
  }, []);
}

export function Modal({ title, description, onClose, width = 'max-w-xl', testId, initialFocus, children }: ModalProps) {
  // The element focused when the dialog opened (a trigger button, or anything when opened by a key).
  const opener = useRef<HTMLElement | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useInertApp();

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <div className={BACKDROP} data-testid="modal-backdrop">
          <Dialog.Content
            ref={panel}
            className={`${PANEL} ${width}`}
            data-testid={testId}
            onOpenAutoFocus={(event) => {
              const active = document.activeElement;
              opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
              const target = initialFocus === 'panel' ? panel.current : initialFocus?.current;
              if (target) {
                event.preventDefault();
                target.focus();
              }
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (opener.current?.isConnected) opener.current.focus();
            }}
            // Keys pressed in a dialog are the dialog's: page shortcuts (Review's Space and 1–4, chat's Ctrl+N,
            // the help key) listen on the window and must not act on the page behind.
            onKeyDown={(event) => event.stopPropagation()}
          >
            <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
            {description !== undefined && (
              <Dialog.Description className="text-sm text-slate-600 dark:text-slate-300">
                {description}
              </Dialog.Description>
            )}
            {children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A button that closes the dialog it is in (for a "Close" or "Cancel" with no other effect). */
export const ModalClose = Dialog.Close;
