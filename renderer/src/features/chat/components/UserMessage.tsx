// One user question, shown as plain text with its whitespace preserved.
import type { Message } from '../../../../../preload/contract/schemas';
import { useTranslation } from '../../../i18n';
import { HIGHLIGHT } from './highlight';

export function UserMessage({ message, highlighted }: { message: Message; highlighted: boolean }) {
  const { t } = useTranslation('chat');
  return (
    <div className="flex justify-end">
      <div
        data-testid="message-user"
        data-message-id={message.id}
        aria-label={t('messages.question')}
        className={`max-w-[85%] whitespace-pre-wrap break-words rounded-2xl bg-teal-700 px-4 py-2.5 text-[0.95rem] leading-relaxed text-white dark:bg-teal-800 ${highlighted ? HIGHLIGHT : ''}`}
      >
        {message.content}
      </div>
    </div>
  );
}
