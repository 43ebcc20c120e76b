// The ring that marks the message a conversation search matched.
export const HIGHLIGHT = 'ring-2 ring-amber-400 ring-offset-2 ring-offset-slate-100 dark:ring-offset-slate-950';
