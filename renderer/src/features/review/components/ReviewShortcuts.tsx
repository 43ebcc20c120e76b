// The Review keys on screen (not only in tooltips): Space, 1–4 and Ctrl+Z, from the app's shortcut list, with
// the keys' names and what they do in the UI language ("Leertaste", "Strg").
import { Fragment } from 'react';
import { useTranslation } from '../../../i18n';
import { shortcutGroup } from '../../../lib/shortcut-list';

const kbdClass =
  'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[0.7rem] text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200';

/** What each of Review's shortcuts (its keys joined with "+") does, in the `review` catalog. */
export const REVIEW_SHORTCUT_ACTIONS = {
  Space: 'shortcuts.showAnswer',
  '1': 'grades.again',
  '2': 'grades.hard',
  '3': 'grades.good',
  '4': 'grades.easy',
  'Ctrl+Z': 'shortcuts.undo',
} as const;

/** Keys whose printed name differs between keyboards (German "Strg", "Leertaste"); the others are the same. */
const KEY_NAMES = { Space: 'shortcuts.keys.space', Ctrl: 'shortcuts.keys.ctrl' } as const;

function isIn<T extends object>(map: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(map, key);
}

export function ReviewShortcuts() {
  const { t } = useTranslation('review');
  const group = shortcutGroup('review');
  return (
    <section aria-labelledby="review-shortcuts-title" data-testid="review-shortcuts" className="w-full max-w-2xl">
      <h2 id="review-shortcuts-title" className="sr-only">
        {t('shortcuts.title')}
      </h2>
      <dl className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
        {group.shortcuts.map(({ keys, action }) => {
          const combo = keys.join('+');
          return (
            <div key={combo} className="flex items-center gap-1.5">
              <dt>
                {keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && '+'}
                    <kbd className={kbdClass}>{isIn(KEY_NAMES, key) ? t(KEY_NAMES[key]) : key}</kbd>
                  </Fragment>
                ))}
              </dt>
              {/* A shortcut added to the list without a catalog entry shows the list's own words until it gets one. */}
              <dd>{isIn(REVIEW_SHORTCUT_ACTIONS, combo) ? t(REVIEW_SHORTCUT_ACTIONS[combo]) : action}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
