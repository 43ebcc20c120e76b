// Maps a keydown to an app-wide shortcut, as a pure function so it is testable without a DOM.

export type Shortcut = 'new-chat' | 'focus-search' | 'stop';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented?: boolean;
}

/** Ctrl on Windows/Linux, Cmd on macOS: accept either so tests and users on both just work. */
export function matchShortcut(event: KeyLike): Shortcut | null {
  if (event.defaultPrevented) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && !event.shiftKey && key === 'n') return 'new-chat';
  if (mod && !event.altKey && !event.shiftKey && key === 'k') return 'focus-search';
  if (!mod && !event.altKey && !event.shiftKey && event.key === 'Escape') return 'stop';
  return null;
}
