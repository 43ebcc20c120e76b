// Window-level keyboard shortcuts (Ctrl/Cmd+N, Ctrl/Cmd+K, Esc) routed to handlers.
import { useEffect, useRef } from 'react';
import { matchShortcut, type Shortcut } from '../../../lib/shortcuts';

export type ShortcutHandlers = Partial<Record<Shortcut, () => boolean | void>>;

/** A handler returning false leaves the event alone (e.g. Esc when nothing is streaming). */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = matchShortcut(event);
      if (shortcut === null) return;
      const handler = handlersRef.current[shortcut];
      if (handler === undefined) return;
      if (handler() === false) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
