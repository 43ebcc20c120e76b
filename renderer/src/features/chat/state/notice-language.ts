// In which language an answer's safety notices are shown: the language of the question before it.
import { noticeLanguageOf } from '../../../../../preload/contract/notice-language';
import type { SafetyNoticeLanguage } from '../../../../../preload/contract/safety-notices';
import type { Message } from '../../../../../preload/contract/schemas';

/** English for anything but an answer with notices right after its question. */
export function noticeLanguageFor(messages: readonly Message[], index: number): SafetyNoticeLanguage {
  const message = messages[index];
  const question = messages[index - 1];
  if (message?.role !== 'assistant' || message.notices.length === 0 || question?.role !== 'user') return 'en';
  return noticeLanguageOf(question.content);
}
