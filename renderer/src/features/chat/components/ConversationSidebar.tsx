// Left column: New chat, search (Ctrl/Cmd+K), the conversation list, and the undo-delete toast.
import type { KeyboardEvent, RefObject } from 'react';
import { Button } from '../../../components/ui/Button';
import { PlusIcon, SearchIcon } from '../../../components/ui/icons';
import { Toast } from '../../../components/ui/Toast';
import { useTranslation } from '../../../i18n';
import { LIMITS } from '../../../../../preload/contract/limits';
import type { ConversationsController } from '../hooks/useConversations';
import { ConversationItem } from './ConversationItem';

export interface ConversationSidebarProps {
  conversations: ConversationsController;
  selectedId: number | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onNewChat: () => void;
  onSelect: (id: number, matchedMessageId: number | null) => void;
  onDelete: (id: number) => void;
  onUndo: () => void;
  /** For folding the list away at narrow widths (see SidePanel). */
  id?: string;
  className?: string;
  onKeyDown?: (event: KeyboardEvent) => void;
}

export function ConversationSidebar({
  conversations,
  selectedId,
  searchRef,
  onNewChat,
  onSelect,
  onDelete,
  onUndo,
  id,
  className = '',
  onKeyDown,
}: ConversationSidebarProps) {
  const { t } = useTranslation('chat');
  const { items, query, activeQuery, loading, error, pendingUndo } = conversations;
  const searching = activeQuery !== '';

  return (
    <aside
      id={id}
      aria-label={t('sidebar.label')}
      onKeyDown={onKeyDown}
      className={`relative flex w-56 shrink-0 flex-col border-r border-slate-200 bg-slate-50 lg:w-72 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="flex flex-col gap-2 p-3">
        <Button variant="primary" data-testid="new-conversation" onClick={onNewChat} title={t('sidebar.newChatHint')}>
          <PlusIcon />
          {t('sidebar.newChat')}
        </Button>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-placeholder" />
          <input
            ref={searchRef}
            type="search"
            data-testid="conversation-search"
            aria-label={t('sidebar.searchLabel')}
            placeholder={t('sidebar.searchPlaceholder')}
            value={query}
            maxLength={LIMITS.searchChars}
            onChange={(event) => conversations.setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                conversations.setQuery('');
              }
            }}
            className="h-9 w-full rounded-lg border border-field-line bg-white pr-2 pl-8 text-sm text-slate-900 placeholder:text-placeholder focus:border-teal-600 focus:ring-2 focus:ring-teal-600/20 focus:outline-none dark:bg-slate-800 dark:text-slate-100"
          />
        </div>
      </div>

      {error !== null && (
        <div className="px-3 pb-2">
          <p role="alert" className="text-xs text-red-700 dark:text-red-300">
            {error.message}
          </p>
        </div>
      )}

      <nav aria-label={t('sidebar.listLabel')} className="min-h-0 flex-1 overflow-y-auto px-2 pb-20">
        {items.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted">
            {loading ? t('states.loading', { ns: 'common' }) : searching ? t('sidebar.noMatches') : t('sidebar.empty')}
          </p>
        ) : (
          <ul className="flex flex-col gap-0.5">
            {items.map((conversation) => (
              <ConversationItem
                key={conversation.id}
                conversation={conversation}
                selected={conversation.id === selectedId}
                showSnippet={searching}
                onSelect={onSelect}
                onRename={conversations.rename}
                onDelete={onDelete}
              />
            ))}
          </ul>
        )}
      </nav>

      {pendingUndo !== null && (
        <div className="absolute right-3 bottom-3 left-3">
          <Toast
            message={<span title={pendingUndo.title}>{t('sidebar.deleted')}</span>}
            actionLabel={t('actions.undo', { ns: 'common' })}
            actionTestId="undo-delete"
            onAction={onUndo}
            onDismiss={conversations.dismissUndo}
          />
        </div>
      )}
    </aside>
  );
}
