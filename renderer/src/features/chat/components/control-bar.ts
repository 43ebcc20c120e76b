// The look of the compact bar of per-conversation switches above the chat.
export const controlBar =
  'flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white/70 px-4 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-300';
