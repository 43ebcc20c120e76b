// Speaks an answer once, when its stream ends (never token by token). An answer that ends while another
// view is in front is only named, so it does not talk over what the student is doing there.
import { useEffect, useRef } from 'react';
import type { Message } from '../../../../../preload/contract/schemas';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { useTranslation } from '../../../i18n';
import { answerAnnouncement } from '../state/answerAnnouncement';
import type { ActiveStream } from '../state/chatReducer';

export function useAnswerAnnouncement(stream: ActiveStream | null, messages: readonly Message[], active: boolean) {
  const announce = useAnnounce();
  const { t } = useTranslation('chat');
  const streamed = useRef<number | null>(null);
  const streamingId = stream?.messageId ?? null;
  useEffect(() => {
    const finishedId = streamed.current;
    streamed.current = streamingId;
    if (finishedId === null || finishedId === streamingId) return;
    const message = messages.find((m) => m.id === finishedId);
    if (message === undefined) return; // another conversation is open now
    const text = answerAnnouncement(message, t);
    if (text === null) return;
    announce(active ? text : t('announce.readyElsewhere'));
  }, [streamingId, messages, active, announce, t]);
}
