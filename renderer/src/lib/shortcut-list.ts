// Every keyboard shortcut the app answers to, as data: the legend under Review's card and the keyboard
// help overlay both show it from here, so what is on screen stays what the key handlers do.

export type ShortcutScope = 'app' | 'chat' | 'review' | 'quiz' | 'compare' | 'cards';

export interface ShortcutInfo {
  /** Keys pressed together, as printed on the keyboard ("Ctrl", "Z"); Cmd works wherever Ctrl does. */
  keys: readonly string[];
  /** What the keys do, as a short verb phrase. */
  action: string;
}

export interface ShortcutGroup {
  scope: ShortcutScope;
  title: string;
  shortcuts: readonly ShortcutInfo[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    scope: 'app',
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], action: 'Show these keyboard shortcuts (outside a text field)' },
      { keys: ['Tab'], action: 'Next control; in a dialog, Tab stays in the dialog' },
      { keys: ['Shift', 'Tab'], action: 'Previous control' },
      { keys: ['Esc'], action: 'Close a dialog' },
    ],
  },
  {
    scope: 'chat',
    title: 'Chat',
    shortcuts: [
      { keys: ['Ctrl', 'N'], action: 'New chat' },
      { keys: ['Ctrl', 'K'], action: 'Search conversations' },
      { keys: ['Enter'], action: 'Send the question' },
      { keys: ['Shift', 'Enter'], action: 'New line in the question' },
      { keys: ['Esc'], action: 'Stop the answer' },
      { keys: ['Esc'], action: 'Clear the search (in the search box)' },
    ],
  },
  {
    scope: 'review',
    title: 'Review',
    shortcuts: [
      { keys: ['Space'], action: 'Show answer' },
      { keys: ['1'], action: 'Again' },
      { keys: ['2'], action: 'Hard' },
      { keys: ['3'], action: 'Good' },
      { keys: ['4'], action: 'Easy' },
      { keys: ['Ctrl', 'Z'], action: 'Undo the last rating' },
    ],
  },
  {
    scope: 'quiz',
    title: 'Quiz',
    shortcuts: [
      { keys: ['Enter'], action: 'Send your answer, then accept the proposed rating' },
      { keys: ['1'], action: 'Again' },
      { keys: ['2'], action: 'Hard' },
      { keys: ['3'], action: 'Good' },
      { keys: ['4'], action: 'Easy' },
      { keys: ['E'], action: 'Explain the answer' },
      { keys: ['Esc'], action: 'Stop, or leave the quiz' },
    ],
  },
  {
    scope: 'compare',
    title: 'Compare',
    shortcuts: [
      { keys: ['Enter'], action: 'Ask both models' },
      { keys: ['Shift', 'Enter'], action: 'New line in the question' },
    ],
  },
  {
    scope: 'cards',
    title: 'Cards',
    shortcuts: [
      { keys: ['Enter'], action: "Save a deck's name" },
      { keys: ['Esc'], action: 'Cancel naming a deck' },
    ],
  },
];

export function shortcutGroup(scope: ShortcutScope): ShortcutGroup {
  const group = SHORTCUT_GROUPS.find((g) => g.scope === scope);
  if (group === undefined) throw new Error(`No shortcuts for ${scope}`);
  return group;
}
