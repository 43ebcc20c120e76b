// The app states the accessibility checks visit (opened in app-states.ts), and what a visitor of them does.
// Kept apart, with no imports, so the audit's summary can read the list without loading the app.

export type StateKind = 'view' | 'dialog' | 'state';

export interface StateSpec {
  state: string;
  kind: StateKind;
  /** Main views get screenshots in the audit. */
  screenshots?: boolean;
  /** Re-creates a short-lived state (an undo toast) or a narrow-only one (the header menu) before each check. */
  prepare?: () => Promise<void>;
}

export interface StateVisitor {
  /** States that could not be opened. */
  readonly failures: string[];
  /** Opens a state (at 1280×800) and checks it; an open that throws is recorded as a failure. */
  state(spec: StateSpec, open: () => Promise<void>): Promise<void>;
}

/** Every state the flows open, in order; one missing from a report was never reached. */
export const ALL_STATES: readonly { state: string; kind: StateKind }[] = [
  { state: 'Setup (first run)', kind: 'view' },
  { state: 'Chat (empty, no model)', kind: 'view' },
  { state: 'Chat (answer)', kind: 'view' },
  { state: 'Header menu (open)', kind: 'state' },
  { state: 'Save card dialog', kind: 'dialog' },
  { state: 'Make cards dialog', kind: 'dialog' },
  { state: 'Keyboard shortcuts dialog', kind: 'dialog' },
  { state: 'Chat: conversation deleted (undo toast)', kind: 'state' },
  { state: 'Compare', kind: 'view' },
  { state: 'Evaluate', kind: 'view' },
  { state: 'Settings', kind: 'view' },
  { state: 'Models', kind: 'view' },
  { state: 'Cards (deck + card selected)', kind: 'view' },
  { state: 'Cards: move to deck panel', kind: 'state' },
  { state: 'Cards: export and import result', kind: 'state' },
  { state: 'Cards: new deck form', kind: 'state' },
  { state: 'Cards: card deleted (undo toast)', kind: 'state' },
  { state: 'Review (due card)', kind: 'view' },
  { state: 'Review (answer revealed)', kind: 'view' },
  { state: 'Quiz (question)', kind: 'view' },
  { state: 'Quiz (graded)', kind: 'view' },
  { state: 'Chat (remote answer, Remote badge)', kind: 'view' },
  { state: 'Chat: remote answer failed', kind: 'state' },
  { state: 'Settings: servers (one tested)', kind: 'view' },
  { state: 'Settings: server form', kind: 'state' },
  { state: 'Remove server dialog', kind: 'dialog' },
  { state: 'Compare on a server (Remote: NAME)', kind: 'view' },
  { state: 'Quiz: a server failed (reason shown)', kind: 'state' },
];
