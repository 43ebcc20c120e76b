// One sidebar row: select on click, rename inline (double-click or pencil; Enter saves, Esc cancels), delete.
import { memo, useState, type KeyboardEvent } from 'react';
import type { ConversationSummary } from '../../../../../preload/contract/schemas';
import { IconButton } from '../../../components/ui/IconButton';
import { PencilIcon, TrashIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';
import { LIMITS } from '../../../../../preload/contract/limits';

export interface ConversationItemProps {
  conversation: ConversationSummary;
  selected: boolean;
  showSnippet: boolean;
  /** Called with the matched message when the row is a search hit. */
  onSelect: (id: number, matchedMessageId: number | null) => void;
  onRename: (id: number, title: string) => void;
  onDelete: (id: number) => void;
}

export const ConversationItem = memo(function ConversationItem({
  conversation,
  selected,
  showSnippet,
  onSelect,
  onRename,
  onDelete,
}: ConversationItemProps) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(conversation.title);
  const title = conversation.title.trim() === '' ? t('conversation.untitled') : conversation.title;

  const startEditing = () => {
    setDraft(conversation.title);
    setEditing(true);
  };
  const finish = (save: boolean) => {
    setEditing(false);
    if (save) onRename(conversation.id, draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault(); // keeps the window-level Esc (stop generation) out of it
      event.stopPropagation();
      finish(false);
    }
  };

  return (
    <li
      data-testid="conversation-item"
      data-conversation-id={conversation.id}
      aria-current={selected ? 'true' : undefined}
      className={`group relative flex items-center rounded-lg ${
        selected
          ? 'bg-teal-100/70 text-teal-950 dark:bg-teal-900/40 dark:text-teal-50'
          : 'text-slate-700 hover:bg-slate-200/60 dark:text-slate-200 dark:hover:bg-slate-800'
      }`}
    >
      {editing ? (
        <input
          // Focus moves here because the user just asked to rename.
          autoFocus
          data-testid="conversation-rename-input"
          aria-label={t('conversation.renameInput')}
          value={draft}
          maxLength={LIMITS.titleChars}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => finish(true)}
          onFocus={(event) => event.target.select()}
          className="m-1 h-8 min-w-0 flex-1 rounded-md border border-teal-600 bg-white px-2 text-sm text-slate-900 focus:outline-none dark:bg-slate-900 dark:text-slate-100"
        />
      ) : (
        <>
          <button
            type="button"
            onClick={() => onSelect(conversation.id, showSnippet ? conversation.matchedMessageId : null)}
            onDoubleClick={startEditing}
            title={title}
            className="min-w-0 flex-1 rounded-lg px-3 py-2 text-left focus-visible:outline-2 focus-visible:outline-teal-600"
          >
            <span className="block truncate pr-14 text-sm font-medium">{title}</span>
            {showSnippet && conversation.snippet !== null && conversation.snippet !== '' ? (
              <span className="mt-0.5 line-clamp-2 block text-xs text-muted">{conversation.snippet}</span>
            ) : (
              <span className="mt-0.5 block text-xs text-muted">{fmt.relativeTime(conversation.updatedAt)}</span>
            )}
          </button>
          <span className="absolute top-1.5 right-1 flex gap-0.5 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100">
            <IconButton
              label={t('conversation.rename', { title })}
              data-testid="conversation-rename"
              onClick={startEditing}
              className="h-7 w-7"
            >
              <PencilIcon width={14} height={14} />
            </IconButton>
            <IconButton
              label={t('conversation.delete', { title })}
              data-testid="conversation-delete"
              onClick={() => onDelete(conversation.id)}
              className="h-7 w-7 hover:text-red-700 dark:hover:text-red-400"
            >
              <TrashIcon width={14} height={14} />
            </IconButton>
          </span>
        </>
      )}
    </li>
  );
});
