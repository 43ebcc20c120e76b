// A panel of the settings pages: a heading, a one-line description under it, then its content.
import type { ReactNode } from 'react';

const TONE_CLASSES = {
  default: 'rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60',
  /** For what cannot be undone (deleting all data). */
  danger: 'rounded-2xl border border-red-200 bg-white p-5 dark:border-red-900 dark:bg-slate-800/60',
} as const;

export interface PanelProps {
  /** The heading's id; the section is labelled by it. */
  headingId?: string;
  title: ReactNode;
  description: ReactNode;
  tone?: keyof typeof TONE_CLASSES;
  testId?: string;
  children: ReactNode;
}

export function Panel({ headingId, title, description, tone = 'default', testId, children }: PanelProps) {
  return (
    <section aria-labelledby={headingId} data-testid={testId} className={TONE_CLASSES[tone]}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h3>
      <p className="mt-0.5 mb-4 text-xs text-muted">{description}</p>
      {children}
    </section>
  );
}
