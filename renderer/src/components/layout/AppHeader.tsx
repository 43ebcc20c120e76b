// Top bar: app name, navigation (tabs, or a menu when they do not fit) and the live model status.
import type { ReactNode, SVGProps } from 'react';
import type { EngineStatus } from '../../../../preload/contract/features/servers';
import type { ModelStatus } from '../../../../preload/contract/schemas';
import { KeyboardHelp } from '../../features/keyboard-help/components/KeyboardHelp';
import { PRODUCT_NAME, useFormatters, useTranslation } from '../../i18n';
import { ModelStatusIndicator } from '../../features/model/components/ModelStatusIndicator';
import { RemoteBadge } from '../../features/servers/components/RemoteBadge';
import { useMediaQuery, WIDE_HEADER_QUERY } from '../../lib/useMediaQuery';
import { focusRing } from '../ui/Button';
import { BookIcon, ChartIcon, ChatIcon, CompareIcon, DownloadIcon, RefreshIcon, SettingsIcon } from '../ui/icons';
import { NavMenu, type NavEntry } from './NavMenu';

export type View = 'chat' | 'compare' | 'evaluate' | 'flashcards' | 'review' | 'quiz' | 'settings' | 'setup';

export interface AppHeaderProps {
  view: View;
  onNavigate: (view: View) => void;
  status: ModelStatus | null;
  /** Cards due for review now (shown on the Review tab); null while unknown. */
  reviewDue?: number | null;
  /** The engine answering the open conversation, while one is shown: a server gets "Remote: NAME". */
  engine?: EngineStatus | null;
}

function NavTab({
  current,
  onClick,
  testId,
  children,
}: {
  current: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      data-testid={testId}
      aria-current={current ? 'page' : undefined}
      onClick={onClick}
      className={`inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium transition-colors ${focusRing} ${
        current
          ? 'bg-slate-200/80 text-slate-900 dark:bg-slate-700 dark:text-white'
          : 'text-slate-600 hover:bg-slate-200/50 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
      }`}
    >
      {children}
    </button>
  );
}

/** The views with a tab; each is named by its key in the shell catalog (nav.views.*). */
type TabView = Exclude<View, 'quiz'>;

/** The views in the header, in order; Review stays current while a quiz from it runs. */
const NAV: readonly {
  view: TabView;
  testId: string;
  Icon: (props: SVGProps<SVGSVGElement>) => ReactNode;
}[] = [
  { view: 'chat', testId: 'open-chat', Icon: ChatIcon },
  { view: 'compare', testId: 'open-compare', Icon: CompareIcon },
  { view: 'evaluate', testId: 'open-evaluate', Icon: ChartIcon },
  { view: 'flashcards', testId: 'cards-tab', Icon: BookIcon },
  { view: 'review', testId: 'review-tab', Icon: RefreshIcon },
  { view: 'settings', testId: 'open-settings', Icon: SettingsIcon },
  { view: 'setup', testId: 'open-models', Icon: DownloadIcon },
];

const isCurrent = (item: View, view: View) => item === view || (item === 'review' && view === 'quiz');

export function AppHeader({ view, onNavigate, status, reviewDue = null, engine = null }: AppHeaderProps) {
  // The tabs need about 1000 px; narrower (the minimum window, or zoomed in) they fold into a menu.
  const wide = useMediaQuery(WIDE_HEADER_QUERY);
  const { t } = useTranslation('shell');
  const fmt = useFormatters();
  const label = (target: TabView) => t(`nav.views.${target}`);
  const entries: NavEntry[] = NAV.map(({ view: target, testId, Icon }) => ({
    key: target,
    testId,
    current: isCurrent(target, view),
    onSelect: () => onNavigate(target),
    content: (
      <>
        <Icon className="shrink-0" />
        {label(target)}
        {target === 'review' && reviewDue !== null && reviewDue > 0 && (
          <span data-testid="review-due-count" className="rounded-full bg-primary px-1.5 text-xs text-on-primary">
            {fmt.number(reviewDue)}
          </span>
        )}
      </>
    ),
  }));
  const currentTab = NAV.find((item) => isCurrent(item.view, view));
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 sm:gap-4 sm:px-4 dark:border-slate-800 dark:bg-slate-900">
      {/* The name gives way first, so the model status and the navigation stay whole. */}
      <h1 className="min-w-0 shrink-[4] truncate text-sm font-semibold tracking-tight text-slate-900 dark:text-slate-50">
        <span className="text-teal-700 dark:text-teal-400">✚</span> {PRODUCT_NAME}
      </h1>
      {wide && (
        <nav aria-label={t('nav.label')} className="flex shrink-0 items-center gap-1">
          {entries.map((entry) => (
            <NavTab key={entry.key} testId={entry.testId} current={entry.current} onClick={entry.onSelect}>
              {entry.content}
            </NavTab>
          ))}
        </nav>
      )}
      <div className="ml-auto flex min-w-0 items-center justify-end gap-2">
        <RemoteBadge engine={engine} />
        <ModelStatusIndicator status={status} />
      </div>
      <KeyboardHelp />
      {!wide && <NavMenu label={currentTab === undefined ? t('nav.menu') : label(currentTab.view)} entries={entries} />}
    </header>
  );
}
