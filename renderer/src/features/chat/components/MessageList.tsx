// Virtualized conversation view: rows are measured as they render, so thousands of messages of any
// height stay smooth; the view follows the stream while the user is at the bottom.
import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Message } from '../../../../../preload/contract/schemas';
import { ArrowDownIcon } from '../../../components/ui/icons';
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { lastAssistantIndex, type ActiveStream } from '../state/chatReducer';
import { MessageRow } from './MessageRow';
import { noticeLanguageFor } from '../state/notice-language';
import type { CitationTarget } from '../state/citations';

/** How close (px) to the bottom still counts as "following" the conversation. */
const FOLLOW_THRESHOLD_PX = 48;

export interface MessageListProps {
  conversationId: number | null;
  messages: readonly Message[];
  stream: ActiveStream | null;
  loading: boolean;
  /** Scrolled into view and highlighted instead of jumping to the end (a search hit). */
  focusMessageId: number | null;
  onRegenerate: () => void;
  /** Opens a card an answer cites in the Cards view. */
  onOpenCitation?: (target: CitationTarget) => void;
  /** Offered under the latest answer when a server failed to finish it (only while a server answers). */
  onSwitchToLocal?: () => void;
  emptyState: ReactNode;
}

export function MessageList({
  conversationId,
  messages,
  stream,
  loading,
  focusMessageId,
  onRegenerate,
  onOpenCitation,
  onSwitchToLocal,
  emptyState,
}: MessageListProps) {
  const { t } = useTranslation('chat');
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; rows are memoized by hand
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 160,
    getItemKey: (index) => messages[index]?.id ?? index,
    overscan: 6,
    gap: 16,
    paddingStart: 24,
    paddingEnd: 24,
    // Keep the bottom pinned while rows grow or get appended, unless the user scrolled away.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: FOLLOW_THRESHOLD_PX,
  });

  // Opening a conversation, or starting an answer, shows the latest message (or the search hit).
  const streamRequestId = stream?.requestId ?? null;
  const hasMessages = messages.length > 0;
  const focusIndex = focusMessageId === null ? -1 : messages.findIndex((m) => m.id === focusMessageId);
  useEffect(() => {
    if (loading || !hasMessages) return;
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'center' });
    else virtualizer.scrollToEnd();
  }, [conversationId, loading, hasMessages, streamRequestId, focusIndex, virtualizer]);

  const regenerateIndex = stream === null ? lastAssistantIndex(messages) : -1;
  const showJump = hasMessages && !virtualizer.isAtEnd(FOLLOW_THRESHOLD_PX);

  return (
    // Never squeezed to nothing: on a short window the chat scrolls to it instead.
    <div className="relative min-h-40 flex-1">
      <div
        ref={scrollRef}
        data-testid="message-list"
        role="region"
        aria-label={t('messages.label')}
        tabIndex={-1}
        className="h-full overflow-y-auto overscroll-contain [overflow-anchor:none] focus:outline-none"
      >
        {loading ? (
          <p className="p-8 text-center text-sm text-muted">{t('messages.loading')}</p>
        ) : !hasMessages ? (
          emptyState
        ) : (
          <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const message = messages[item.index];
              if (message === undefined) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="absolute top-0 left-0 w-full px-4 sm:px-6"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <div className="mx-auto max-w-3xl">
                    <MessageRow
                      message={message}
                      streamingContent={stream !== null && stream.messageId === message.id ? stream.content : null}
                      onRegenerate={item.index === regenerateIndex ? onRegenerate : null}
                      highlighted={item.index === focusIndex}
                      noticeLanguage={noticeLanguageFor(messages, item.index)}
                      onOpenCitation={onOpenCitation}
                      onSwitchToLocal={item.index === regenerateIndex ? onSwitchToLocal : undefined}
                    />
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </div>
      {showJump && (
        <button
          type="button"
          onClick={() => virtualizer.scrollToEnd({ behavior: 'smooth' })}
          className={`absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-white px-3 py-1.5 text-xs font-medium text-slate-700 shadow-md ring-1 ring-slate-200 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-700 ${focusRing}`}
        >
          <ArrowDownIcon />
          {t('messages.jumpToLatest')}
        </button>
      )}
    </div>
  );
}
