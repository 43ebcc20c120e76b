// The Review keys on screen (not only in tooltips): Space, 1–4 and Ctrl+Z, from the app's shortcut list, with
// the keys' names and what they do in the UI language from the `keyboard` catalog, as the "?" help shows them.
import { Fragment } from 'react';
import { useTranslation } from '../../../i18n';
import { isNamedKey, shortcutGroup } from '../../../lib/shortcut-list';

const kbdClass =
  'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[0.7rem] text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200';

export function ReviewShortcuts() {
  const { t } = useTranslation('review');
  const keyboard = useTranslation('keyboard').t;
  const group = shortcutGroup('review');
  return (
    <section aria-labelledby="review-shortcuts-title" data-testid="review-shortcuts" className="w-full max-w-2xl">
      <h2 id="review-shortcuts-title" className="sr-only">
        {t('shortcuts.title')}
      </h2>
      <dl className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
        {group.shortcuts.map(({ keys, action }) => (
          <div key={keys.join('+')} className="flex items-center gap-1.5">
            <dt>
              {keys.map((key, i) => (
                <Fragment key={key}>
                  {i > 0 && '+'}
                  <kbd className={kbdClass}>{isNamedKey(key) ? keyboard(`keys.${key}`) : key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{keyboard(`actions.${action}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
