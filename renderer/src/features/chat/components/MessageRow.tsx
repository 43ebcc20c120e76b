// Chooses the user or assistant rendering for one row; memoized so a token only re-renders its own row.
import { memo } from 'react';
import type { SafetyNoticeLanguage } from '../../../../../preload/contract/safety-notices';
import type { Message } from '../../../../../preload/contract/schemas';
import { AssistantMessage } from './AssistantMessage';
import { UserMessage } from './UserMessage';
import type { CitationTarget } from '../state/citations';

export interface MessageRowProps {
  message: Message;
  /** The live text while this message is being streamed, else null. */
  streamingContent: string | null;
  onRegenerate: (() => void) | null;
  /** The message a search matched. */
  highlighted?: boolean;
  /** The language of the question an answer answers: its safety notices are shown in it. */
  noticeLanguage?: SafetyNoticeLanguage;
  /** Opens a card an answer cites (kept stable by the caller: rows are memoized). */
  onOpenCitation?: (target: CitationTarget) => void;
  /** "Switch to this computer" under a failed answer from a server (the latest answer only). */
  onSwitchToLocal?: () => void;
}

export const MessageRow = memo(function MessageRow({
  message,
  streamingContent,
  onRegenerate,
  highlighted = false,
  noticeLanguage,
  onOpenCitation,
  onSwitchToLocal,
}: MessageRowProps) {
  if (message.role === 'user') return <UserMessage message={message} highlighted={highlighted} />;
  const streaming = streamingContent !== null;
  return (
    <AssistantMessage
      message={message}
      content={streaming ? streamingContent : message.content}
      streaming={streaming}
      onRegenerate={onRegenerate}
      highlighted={highlighted}
      noticeLanguage={noticeLanguage}
      onOpenCitation={onOpenCitation}
      onSwitchToLocal={onSwitchToLocal}
    />
  );
});
