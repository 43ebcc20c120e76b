// One assistant answer: the safety notices above it, safe Markdown body, failure details, the cards it
// cites, and the footer.
import type { SafetyNoticeLanguage } from '../../../../../preload/contract/safety-notices';
import type { Message } from '../../../../../preload/contract/schemas';
import { useTranslation } from '../../../i18n';
import { SwitchToLocalOffer } from './SwitchToLocalOffer';
import { AnswerCitations } from './AnswerCitations';
import { AssistantMessageFooter } from './AssistantMessageFooter';
import { HIGHLIGHT } from './highlight';
import { SafetyNotices } from './SafetyNotices';
import { SafeMarkdown } from './SafeMarkdown';
import type { CitationTarget } from '../state/citations';

export interface AssistantMessageProps {
  message: Message;
  content: string;
  streaming: boolean;
  onRegenerate: (() => void) | null;
  highlighted: boolean;
  /** The question's language, for the safety notices' text. */
  noticeLanguage?: SafetyNoticeLanguage;
  /** Opens what an answer cites: a card in Cards, or an earlier answer in its chat. */
  onOpenCitation?: (target: CitationTarget) => void;
  /** A server answers the conversation: a failed answer offers to answer on this computer instead. */
  onSwitchToLocal?: () => void;
}

export function AssistantMessage({
  message,
  content,
  streaming,
  onRegenerate,
  highlighted,
  noticeLanguage,
  onOpenCitation,
  onSwitchToLocal,
}: AssistantMessageProps) {
  const { t } = useTranslation('chat');
  const status = streaming ? 'streaming' : message.status;
  return (
    <article
      data-testid="message-assistant"
      data-status={status}
      data-message-id={message.id}
      aria-busy={streaming}
      aria-label={t('messages.answer')}
      className={`rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm dark:border-slate-700/70 dark:bg-slate-800/60 ${
        highlighted ? HIGHLIGHT : ''
      }`}
    >
      <SafetyNotices notices={message.notices} language={noticeLanguage} />
      <div data-testid="message-content">
        <SafeMarkdown content={content} streaming={streaming} />
      </div>
      {message.status === 'failed' && message.error !== null && (
        <p className="mt-2 text-sm text-red-700 dark:text-red-300">{message.error}</p>
      )}
      {message.status === 'failed' && !streaming && onSwitchToLocal !== undefined && (
        <SwitchToLocalOffer onSwitch={onSwitchToLocal} />
      )}
      {message.status === 'interrupted' && (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{message.error ?? t('messages.cutOff')}</p>
      )}
      <AnswerCitations grounding={message.grounding} citations={message.citations} onOpenCitation={onOpenCitation} />
      <AssistantMessageFooter message={message} content={content} streaming={streaming} onRegenerate={onRegenerate} />
    </article>
  );
}
