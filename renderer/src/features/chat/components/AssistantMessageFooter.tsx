// Footer under an answer: model and speed, status, Copy, Save card, and Regenerate on the latest answer.
import type { Message } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { CheckIcon, CopyIcon, RefreshIcon } from '../../../components/ui/icons';
import { TermTip } from '../../../components/ui/TermTip';
import { useFormatters, useTranslation } from '../../../i18n';
import { SaveCardButton } from '../../flashcards/components/SaveCardButton';
import { AnswerCardActions } from '../../flashcards/components/slots';
import { profileShortLabel } from '../../model/labels';
import { useCopyToClipboard } from '../hooks/useCopyToClipboard';
import { MessageStatusBadge } from './MessageStatusBadge';
import { TypingIndicator } from './TypingIndicator';

export interface AssistantMessageFooterProps {
  message: Message;
  content: string;
  streaming: boolean;
  onRegenerate: (() => void) | null;
}

export function AssistantMessageFooter({ message, content, streaming, onRegenerate }: AssistantMessageFooterProps) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  const { copied, failed, copy } = useCopyToClipboard();
  const stats = [
    message.modelName,
    message.tokensPerSecond !== null && message.tokensPerSecond > 0
      ? fmt.tokensPerSecond(message.tokensPerSecond)
      : null,
  ].filter((part): part is string => part !== null && part !== '');
  // What tok/s means, on the latest answer only, so a long chat does not fill with tip buttons.
  const explainSpeed = onRegenerate !== null && message.tokensPerSecond !== null && message.tokensPerSecond > 0;

  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
      {streaming ? (
        <TypingIndicator />
      ) : (
        stats.length > 0 && (
          <span className="inline-flex flex-wrap items-center gap-x-1">
            <span data-testid="message-stats">{stats.join(' · ')}</span>
            {explainSpeed && <TermTip term="tokensPerSecond" />}
          </span>
        )
      )}
      {message.profile !== null && (
        <span
          data-testid="message-profile"
          title={t('answer.profileHint')}
          className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800"
        >
          {profileShortLabel(message.profile)}
        </span>
      )}
      <MessageStatusBadge message={message} />
      {!streaming && (
        <span className="ml-auto flex flex-wrap items-center justify-end gap-1">
          <Button
            size="sm"
            variant="ghost"
            data-testid="copy-message"
            onClick={() => copy(content)}
            disabled={content === ''}
            aria-label={copied ? t('answer.copied') : t('answer.copyLabel')}
          >
            {copied ? <CheckIcon /> : <CopyIcon />}
            {copied ? t('answer.copied') : failed ? t('answer.copyFailed') : t('answer.copy')}
          </Button>
          <SaveCardButton message={message} content={content} />
          <AnswerCardActions message={message} content={content} />
          {onRegenerate !== null && (
            <Button size="sm" variant="ghost" data-testid="regenerate" onClick={onRegenerate}>
              <RefreshIcon />
              {t('answer.regenerate')}
            </Button>
          )}
        </span>
      )}
    </div>
  );
}
