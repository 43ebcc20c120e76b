// Keys pressed together, as keycaps: <kbd>Ctrl</kbd>+<kbd>K</kbd>.
import { Fragment } from 'react';

const KEYCAP =
  'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

export function KeyCombo({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex items-center gap-0.5 whitespace-nowrap">
      {keys.map((key, i) => (
        <Fragment key={`${i}:${key}`}>
          {i > 0 && <span>+</span>}
          <kbd className={KEYCAP}>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
