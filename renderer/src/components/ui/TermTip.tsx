// "What is this?" for a technical term: a small "?" button next to the term shows a short explanation in plain
// words right under it. A disclosure (aria-expanded, aria-controls), not a popup: it opens no layer and holds
// no focus, so it works the same inside a dialog, and Tab, Enter, Space and a screen reader's reading order
// need nothing special. Esc on the open tip's button closes it before a dialog or the page sees the key.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { focusRing } from './Button';
import { tipTakesKey, type Term } from './terms';

export interface TermTipProps {
  term: Term;
  /** The term as printed next to the tip when it differs from the catalog's name (e.g. "Q8_0" for quantization). */
  name?: string;
  /** Start open (tests, or a screen that exists to explain). */
  defaultOpen?: boolean;
}

export function TermTip({ term, name, defaultOpen = false }: TermTipProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(defaultOpen);
  const button = useRef<HTMLButtonElement>(null);
  const textId = useId();
  const label = t('termTip.whatIs', { term: name ?? t(`terms.${term}.name`) });

  useEffect(() => {
    if (!open) return;
    // Capture on the window runs before Radix's Esc listener on the document and the page's own handlers.
    const onKey = (event: KeyboardEvent) => {
      if (!tipTakesKey({ key: event.key, open, onButton: document.activeElement === button.current })) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        data-testid="term-tip"
        data-term={term}
        aria-expanded={open}
        aria-controls={textId}
        aria-label={label}
        title={label}
        onClick={() => setOpen((was) => !was)}
        // A 24 px target around a 16 px mark; the negative margin keeps the line height of the text it sits in.
        className={`-my-1 inline-flex h-6 w-6 shrink-0 cursor-help items-center justify-center rounded-full align-middle text-muted hover:text-slate-900 dark:hover:text-slate-100 ${focusRing}`}
      >
        <span
          aria-hidden="true"
          className={`inline-flex h-4 w-4 items-center justify-center rounded-full border text-[0.65rem] leading-none font-semibold ${
            open
              ? 'border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-400 dark:text-slate-900'
              : 'border-current'
          }`}
        >
          ?
        </span>
      </button>
      <span
        id={textId}
        data-testid="term-tip-text"
        hidden={!open}
        className="my-1 block basis-full rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-left text-xs font-normal text-slate-800 dark:border-sky-900/60 dark:bg-sky-950/60 dark:text-slate-100"
      >
        {t(`terms.${term}.text`)}
      </span>
    </>
  );
}
