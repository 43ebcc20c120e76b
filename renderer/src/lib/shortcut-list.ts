// Every keyboard shortcut the app answers to, as data: the legend under Review's card and the keyboard
// help overlay both show it from here, so what is on screen stays what the key handlers do. The words are
// in the `keyboard` catalog: a group's title under `groups.<scope>`, an action under `actions.<action>`, and
// key names that differ between keyboards ("Strg", "Maj") under `keys.<key>`.
import type { Catalogs } from '../i18n/resources';

export type ShortcutScope = 'app' | 'chat' | 'review' | 'quiz' | 'compare' | 'cards';

/** What a shortcut does: a key of the `keyboard` catalog's `actions`. */
export type ShortcutAction = keyof Catalogs['keyboard']['actions'];

/** Keys whose printed name is translated (the others, letters, digits and "?", are the same everywhere). */
export type NamedKey = keyof Catalogs['keyboard']['keys'];

export interface ShortcutInfo {
  /** Keys pressed together, as printed on an English keyboard ("Ctrl", "Z"); Cmd works wherever Ctrl does. */
  keys: readonly string[];
  action: ShortcutAction;
}

export interface ShortcutGroup {
  /** Also the group's title, under `groups.<scope>`. */
  scope: ShortcutScope;
  shortcuts: readonly ShortcutInfo[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    scope: 'app',
    shortcuts: [
      { keys: ['?'], action: 'showHelp' },
      { keys: ['Tab'], action: 'nextControl' },
      { keys: ['Shift', 'Tab'], action: 'previousControl' },
      { keys: ['Esc'], action: 'closeDialog' },
    ],
  },
  {
    scope: 'chat',
    shortcuts: [
      { keys: ['Ctrl', 'N'], action: 'newChat' },
      { keys: ['Ctrl', 'K'], action: 'searchConversations' },
      { keys: ['Enter'], action: 'sendQuestion' },
      { keys: ['Shift', 'Enter'], action: 'newLine' },
      { keys: ['Esc'], action: 'stopAnswer' },
      { keys: ['Esc'], action: 'clearSearch' },
    ],
  },
  {
    scope: 'review',
    shortcuts: [
      { keys: ['Space'], action: 'showAnswer' },
      { keys: ['1'], action: 'again' },
      { keys: ['2'], action: 'hard' },
      { keys: ['3'], action: 'good' },
      { keys: ['4'], action: 'easy' },
      { keys: ['Ctrl', 'Z'], action: 'undoRating' },
    ],
  },
  {
    scope: 'quiz',
    shortcuts: [
      { keys: ['Enter'], action: 'sendQuizAnswer' },
      { keys: ['1'], action: 'again' },
      { keys: ['2'], action: 'hard' },
      { keys: ['3'], action: 'good' },
      { keys: ['4'], action: 'easy' },
      { keys: ['E'], action: 'explain' },
      { keys: ['Esc'], action: 'leaveQuiz' },
    ],
  },
  {
    scope: 'compare',
    shortcuts: [
      { keys: ['Enter'], action: 'askBoth' },
      { keys: ['Shift', 'Enter'], action: 'newLine' },
    ],
  },
  {
    scope: 'cards',
    shortcuts: [
      { keys: ['Enter'], action: 'saveDeckName' },
      { keys: ['Esc'], action: 'cancelDeckName' },
    ],
  },
];

const NAMED_KEYS: ReadonlySet<string> = new Set<NamedKey>(['Space', 'Ctrl', 'Shift', 'Enter', 'Esc', 'Tab']);

/** True for a key whose printed name the `keyboard` catalog translates. */
export function isNamedKey(key: string): key is NamedKey {
  return NAMED_KEYS.has(key);
}

export function shortcutGroup(scope: ShortcutScope): ShortcutGroup {
  const group = SHORTCUT_GROUPS.find((g) => g.scope === scope);
  if (group === undefined) throw new Error(`No shortcuts for ${scope}`);
  return group;
}
