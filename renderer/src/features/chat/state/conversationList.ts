// Pure helpers for the sidebar's list of conversations (most recent first).
import { LIMITS } from '../../../../../preload/contract/limits';
import type { Conversation, ConversationSummary } from '../../../../../preload/contract/schemas';

export function sortByRecent(items: readonly ConversationSummary[]): ConversationSummary[] {
  return [...items].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
}

export function removeConversation(items: readonly ConversationSummary[], id: number): ConversationSummary[] {
  return items.filter((item) => item.id !== id);
}

/** Applies an updated conversation (e.g. after rename) while keeping its search snippet. */
export function applyConversation(
  items: readonly ConversationSummary[],
  conversation: Conversation,
): ConversationSummary[] {
  return sortByRecent(items.map((item) => (item.id === conversation.id ? { ...item, ...conversation } : item)));
}

/** The title to save from an inline rename, or null when nothing should be saved. */
export function normalizeTitle(input: string, current: string, maxChars: number = LIMITS.titleChars): string | null {
  const title = input.trim().replace(/\s+/g, ' ').slice(0, maxChars);
  return title === '' || title === current ? null : title;
}
