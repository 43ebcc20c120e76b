// The header's navigation when the tabs do not fit: one button that shows the current view and opens the
// list of views (a disclosure, so Tab and Enter work as everywhere else; arrows, Home and End move too).
// Esc, a press outside or Tab past the last entry closes it; focus then goes back to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { focusRing } from '../ui/Button';
import { ChevronDownIcon, MenuIcon } from '../ui/icons';

export interface NavEntry {
  key: string;
  testId: string;
  current: boolean;
  onSelect: () => void;
  /** Icon and label (and a badge, if any). */
  content: ReactNode;
}

const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

export function NavMenu({ label, entries }: { label: string; entries: readonly NavEntry[] }) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();

  // Opening moves focus to the current view's entry, so Enter on the button then Enter again stays put.
  useEffect(() => {
    if (!open) return;
    const list = listRef.current;
    (list?.querySelector<HTMLElement>('[aria-current="page"]') ?? list?.querySelector<HTMLElement>('button'))?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const closeToButton = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'Escape') {
      // Esc is the menu's here, not the page's (chat's Esc stops an answer).
      event.preventDefault();
      event.stopPropagation();
      closeToButton();
      return;
    }
    if (!MOVES.includes(event.key)) return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.findIndex((button) => button === document.activeElement);
    const last = buttons.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : event.key === 'ArrowDown'
            ? (at + 1) % buttons.length
            : (at <= 0 ? buttons.length : at) - 1;
    buttons[next]?.focus();
  };

  return (
    <nav
      ref={rootRef}
      aria-label={t('nav.label')}
      className="relative shrink-0"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !(event.relatedTarget instanceof Node && rootRef.current?.contains(event.relatedTarget)))
          setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        data-testid="nav-menu"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        className={`inline-flex h-8 max-w-40 items-center gap-1.5 rounded-md border border-slate-300 px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <MenuIcon className="shrink-0" />
        <span className="truncate">{label}</span>
        <ChevronDownIcon className={`shrink-0 transition-transform ${open ? 'rotate-180' : ''}`} />
      </button>
      <ul
        id={listId}
        ref={listRef}
        hidden={!open}
        data-testid="nav-menu-list"
        className="absolute top-full right-0 z-40 mt-2 flex max-h-[calc(100vh-4rem)] w-56 flex-col gap-0.5 overflow-y-auto rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {entries.map((entry) => (
          <li key={entry.key}>
            <button
              type="button"
              data-testid={entry.testId}
              aria-current={entry.current ? 'page' : undefined}
              onClick={() => {
                entry.onSelect();
                closeToButton();
              }}
              className={`flex h-9 w-full items-center gap-2 rounded-md px-3 text-left text-sm font-medium ${focusRing} ${
                entry.current
                  ? 'bg-slate-200/80 text-slate-900 dark:bg-slate-700 dark:text-white'
                  : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
              }`}
            >
              {entry.content}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
