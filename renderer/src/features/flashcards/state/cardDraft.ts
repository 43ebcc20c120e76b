// Pure helpers for the "Save card" draft: answer markdown → plain text, tags text → list, draft → request.
// Messages come from the caller's t (the cards namespace), so they follow the UI language.
import { LIMITS } from '../../../../../preload/contract/limits';
import type { Message } from '../../../../../preload/contract/schemas';
import type { TFunction } from '../../../i18n';
import { formatBytes } from '../../../lib/format';
import { CARD_SIDE_MAX_BYTES, fitCardSide, utf8Bytes } from './fitCardSide';

export const TAG_MAX_CHARS = LIMITS.tagChars;
export const TAGS_MAX = LIMITS.tagsPerCard;

export type NoteType = 'basic' | 'cloze';

export interface CardDraft {
  front: string;
  back: string;
  /** Comma- or space-separated, as typed. */
  tagsText: string;
  noteType: NoteType;
  /** null = no deck chosen yet (the store then uses the last deck, else "Inbox"). */
  deckId: number | null;
  sourceMessageId: number | null;
  /** Sides that were cut to fit when the draft was made from a long answer (the dialog says so). */
  cutToFit?: ('front' | 'back')[];
}

export interface CreateCardRequest {
  deckId: number | null;
  front: string;
  back: string;
  noteType: NoteType;
  tags: string[];
  sourceMessageId: number | null;
  allowDuplicate?: boolean;
}

/** Markdown as readable plain text: fences, emphasis, links and headings reduced to their words. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n?/gm, '') // code fence lines (the code itself stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // block quotes
    .replace(/^(\s*)[*+]\s+/gm, '$1- ') // bullets as "- "
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2') // bold
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, '$1$2') // italic *x*
    .replace(/(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2') // italic _x_
    .replace(/`([^`\n]+)`/g, '$1') // inline code
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Tags from what the user typed: split on commas and whitespace, "#" dropped, de-duplicated (case-insensitive). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    const tag = raw.replace(/^#+/, '').trim();
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** The user question an answer replies to: the nearest user message before it in the conversation. */
export function questionFor(messages: readonly Message[], answerId: number): string {
  const index = messages.findIndex((m) => m.id === answerId);
  for (let i = (index < 0 ? messages.length : index) - 1; i >= 0; i -= 1) {
    const candidate = messages[i];
    if (candidate?.role === 'user') return candidate.content.trim();
  }
  return '';
}

/** A fresh draft for an answer: front = its question, back = its text without markdown, each cut to fit a card. */
export function draftFromAnswer(question: string, answerMarkdown: string, answerId: number | null): CardDraft {
  const front = fitCardSide(question.trim());
  const back = fitCardSide(markdownToPlainText(answerMarkdown));
  const cutToFit = [front.cut ? ('front' as const) : null, back.cut ? ('back' as const) : null].filter(
    (side): side is 'front' | 'back' => side !== null,
  );
  return {
    front: front.text,
    back: back.text,
    tagsText: '',
    noteType: /\{\{c\d+::/.test(question) ? 'cloze' : 'basic',
    deckId: null,
    sourceMessageId: answerId,
    ...(cutToFit.length > 0 ? { cutToFit } : {}),
  };
}

/** What is wrong with a set of tags (too many, or one too long), or undefined when they can be saved. */
export function tagsProblem(tags: readonly string[], t: TFunction<'cards'>): string | undefined {
  if (tags.length > TAGS_MAX) return t('draft.tooManyTags', { count: TAGS_MAX });
  if (tags.some((tag) => tag.length > TAG_MAX_CHARS)) return t('draft.tagTooLong', { count: TAG_MAX_CHARS });
  return undefined;
}

/** What is wrong with a draft (per field), empty when it can be saved. */
export function validateDraft(
  draft: CardDraft,
  t: TFunction<'cards'>,
): Partial<Record<'front' | 'back' | 'tags', string>> {
  const errors: Partial<Record<'front' | 'back' | 'tags', string>> = {};
  const size = formatBytes(CARD_SIDE_MAX_BYTES);
  if (draft.front.trim() === '') errors.front = t('draft.frontEmpty');
  else if (utf8Bytes(draft.front) > CARD_SIDE_MAX_BYTES) errors.front = t('draft.frontTooLong', { size });
  if (draft.noteType === 'basic' && draft.back.trim() === '') errors.back = t('draft.backEmpty');
  else if (utf8Bytes(draft.back) > CARD_SIDE_MAX_BYTES) errors.back = t('draft.backTooLong', { size });
  const tags = tagsProblem(parseTags(draft.tagsText), t);
  if (tags !== undefined) errors.tags = tags;
  return errors;
}

/** The cards:create payload for a draft (sides trimmed, tags parsed). */
export function toCreateCardRequest(draft: CardDraft, allowDuplicate = false): CreateCardRequest {
  const request: CreateCardRequest = {
    deckId: draft.deckId,
    front: draft.front.trim(),
    back: draft.back.trim(),
    noteType: draft.noteType,
    tags: parseTags(draft.tagsText),
    sourceMessageId: draft.sourceMessageId,
  };
  if (allowDuplicate) request.allowDuplicate = true;
  return request;
}
