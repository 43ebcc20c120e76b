// Which keydown opens the keyboard help: "?" on its own, unless it is being typed into a text field.

export interface HelpKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Inputs that take no typed text: a "?" pressed on them is a shortcut, not a character. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when the target takes typed text (a text input, a text area, a select's type-ahead, an editable element). */
export function takesText(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** "?" is Shift plus another key on most layouts, so Shift is allowed; Ctrl, Cmd and Alt are not. */
export function isHelpKey(event: HelpKeyEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?' && !takesText(event.target);
}
