// The frame every modal dialog shares: a dimmed overlay (click outside to close, Esc to close) and the panel's
// dialog semantics. The panel element stays the caller's (a <form> or a <div>), so it spreads modalPanelProps.
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function ModalOverlay({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return createPortal(
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-slate-900/40 p-4" onClick={onClose}>
      {children}
    </div>,
    document.body,
  );
}

export function modalPanelProps(titleId: string, onClose: () => void, width: 'max-w-xl' | 'max-w-2xl') {
  return {
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    className: `flex max-h-[90vh] w-full ${width} flex-col gap-3 overflow-y-auto rounded-2xl bg-white p-5 shadow-xl dark:bg-slate-900`,
    onClick: (event: MouseEvent) => event.stopPropagation(),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    },
  } as const;
}
