// What the live region says when an answer finishes: how it ended, then its text as plain words
// (Markdown marks would be read out as "asterisk", "pound"…), shortened for speech.
import type { Message } from '../../../../../preload/contract/schemas';
import { forSpeech } from '../../../components/a11y/speech-text';
import type { TFunction } from '../../../i18n';

/** Markdown as the words a reader would see: no marks, link and image text kept, code kept as text. */
export function markdownToSpeech(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, '') // code fences (their content stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // heading marks
    .replace(/^\s{0,3}>\s?/gm, '') // quote marks
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, '') // list markers and task boxes
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '') // table rules
    .replace(/\s*\|\s*/g, ', ') // table cells
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2') // bold, strike
    .replace(/(^|[^\w*])[*_](\S(?:[^*_\n]*\S)?)[*_](?=[^\w*]|$)/g, '$1$2') // italics (not snake_case, not 2 * 3)
    .replace(/`([^`]*)`/g, '$1') // inline code
    .replace(/^(?:, )+|(?:, )+$/gm, '') // the edges of table rows
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** null while the message is still streaming. The answer's own words are spoken as written, untranslated. */
export function answerAnnouncement(message: Message, t: TFunction<'chat'>): string | null {
  if (message.status === 'streaming') return null;
  const ending = t(`announce.${message.status}`);
  const detail = message.status === 'failed' || message.status === 'interrupted' ? (message.error ?? '') : '';
  const text = forSpeech(markdownToSpeech(message.content));
  return [ending, detail, text].filter((part) => part !== '').join(' ');
}
