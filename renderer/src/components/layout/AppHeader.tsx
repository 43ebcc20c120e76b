// Top bar: app name, Chat/Settings/Models navigation and the live model status.
import type { ReactNode } from 'react';
import type { ModelStatus } from '../../../../preload/contract/schemas';
import { KeyboardHelp } from '../../features/keyboard-help/components/KeyboardHelp';
import { ModelStatusIndicator } from '../../features/model/components/ModelStatusIndicator';
import { focusRing } from '../ui/Button';
import { BookIcon, ChartIcon, ChatIcon, CompareIcon, DownloadIcon, RefreshIcon, SettingsIcon } from '../ui/icons';

export type View = 'chat' | 'compare' | 'evaluate' | 'flashcards' | 'review' | 'quiz' | 'settings' | 'setup';

export interface AppHeaderProps {
  view: View;
  onNavigate: (view: View) => void;
  status: ModelStatus | null;
  /** Cards due for review now (shown on the Review tab); null while unknown. */
  reviewDue?: number | null;
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

export function AppHeader({ view, onNavigate, status, reviewDue = null }: AppHeaderProps) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-sm font-semibold tracking-tight whitespace-nowrap text-slate-900 dark:text-slate-50">
        <span className="text-teal-700 dark:text-teal-400">✚</span> Medical Education Assistant
      </h1>
      <nav aria-label="Main" className="flex items-center gap-1">
        <NavTab testId="open-chat" current={view === 'chat'} onClick={() => onNavigate('chat')}>
          <ChatIcon />
          Chat
        </NavTab>
        <NavTab testId="open-compare" current={view === 'compare'} onClick={() => onNavigate('compare')}>
          <CompareIcon />
          Compare
        </NavTab>
        <NavTab testId="open-evaluate" current={view === 'evaluate'} onClick={() => onNavigate('evaluate')}>
          <ChartIcon />
          Evaluate
        </NavTab>
        <NavTab testId="cards-tab" current={view === 'flashcards'} onClick={() => onNavigate('flashcards')}>
          <BookIcon />
          Cards
        </NavTab>
        <NavTab testId="review-tab" current={view === 'review' || view === 'quiz'} onClick={() => onNavigate('review')}>
          <RefreshIcon />
          Review
          {reviewDue !== null && reviewDue > 0 && (
            <span data-testid="review-due-count" className="rounded-full bg-teal-700 px-1.5 text-xs text-white">
              {reviewDue}
            </span>
          )}
        </NavTab>
        <NavTab testId="open-settings" current={view === 'settings'} onClick={() => onNavigate('settings')}>
          <SettingsIcon />
          Settings
        </NavTab>
        <NavTab testId="open-models" current={view === 'setup'} onClick={() => onNavigate('setup')}>
          <DownloadIcon />
          Models
        </NavTab>
      </nav>
      <div className="ml-auto flex min-w-0 justify-end">
        <ModelStatusIndicator status={status} />
      </div>
      <KeyboardHelp />
    </header>
  );
}
