// Small pure helpers: conversation list ordering, rename normalisation, shortcuts, errors, formatting.
import { describe, expect, it } from 'vitest';
import {
  applyConversation,
  normalizeTitle,
  removeConversation,
  sortByRecent,
} from '../../../renderer/src/features/chat/state/conversationList';
import { canSend } from '../../../renderer/src/features/chat/components/Composer';
import { toUiError } from '../../../renderer/src/lib/errors';
import { formatRelativeTime, formatTokensPerSecond } from '../../../renderer/src/lib/format';
import { matchShortcut, type KeyLike } from '../../../renderer/src/lib/shortcuts';
import { ApiError } from '../../../preload/contract/envelope';
import { conversation } from './fixtures';

const summary = (id: number, updatedAt: number) => ({
  ...conversation({ id, updatedAt }),
  snippet: null,
  matchedMessageId: null,
});

describe('conversation list', () => {
  it('renderer.conversations.order: most recent first, rename keeps snippet and re-sorts, delete removes', () => {
    const list = sortByRecent([summary(1, 100), summary(2, 300), summary(3, 200)]);
    expect(list.map((c) => c.id)).toEqual([2, 3, 1]);
    const withSnippet = list.map((c) => (c.id === 1 ? { ...c, snippet: 'match' } : c));
    const renamed = applyConversation(withSnippet, conversation({ id: 1, title: 'Cardiology', updatedAt: 400 }));
    expect(renamed[0]).toMatchObject({ id: 1, title: 'Cardiology', snippet: 'match' });
    expect(removeConversation(renamed, 3).map((c) => c.id)).toEqual([1, 2]);
  });

  it('renderer.conversations.rename-normalize: trims, collapses spaces, skips empty or unchanged titles', () => {
    expect(normalizeTitle('  Renal   physiology ', 'old')).toBe('Renal physiology');
    expect(normalizeTitle('   ', 'old')).toBeNull();
    expect(normalizeTitle('old', 'old')).toBeNull();
    expect(normalizeTitle('x'.repeat(500), 'old')).toHaveLength(200);
  });
});

describe('composer', () => {
  it('renderer.composer.can-send: empty, whitespace-only or streaming cannot send', () => {
    expect(canSend('', false)).toBe(false);
    expect(canSend(' \n\t ', false)).toBe(false);
    expect(canSend('What is shock?', true)).toBe(false);
    expect(canSend('What is shock?', false)).toBe(true);
  });
});

describe('shortcuts', () => {
  const key = (k: Partial<KeyLike> & { key: string }): KeyLike => ({
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...k,
  });

  it('renderer.shortcuts.map: Ctrl/Cmd+N, Ctrl/Cmd+K and Esc; handled events are left alone', () => {
    expect(matchShortcut(key({ key: 'n', ctrlKey: true }))).toBe('new-chat');
    expect(matchShortcut(key({ key: 'N', metaKey: true }))).toBe('new-chat');
    expect(matchShortcut(key({ key: 'k', ctrlKey: true }))).toBe('focus-search');
    expect(matchShortcut(key({ key: 'Escape' }))).toBe('stop');
    expect(matchShortcut(key({ key: 'Escape', defaultPrevented: true }))).toBeNull();
    expect(matchShortcut(key({ key: 'n' }))).toBeNull();
    expect(matchShortcut(key({ key: 'k', ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('errors and formatting', () => {
  it('renderer.errors.to-ui: keeps ApiError code and message; copes with plain errors and junk', () => {
    expect(toUiError(new ApiError('model_unavailable', 'No model is loaded.'))).toEqual({
      message: 'No model is loaded.',
      code: 'model_unavailable',
    });
    // What contextBridge hands over: a plain Error whose custom props may be gone.
    expect(toUiError(new Error('boom'))).toEqual({ message: 'boom', code: null });
    expect(toUiError({ code: 'weird', message: '' })).toEqual({ message: 'Something went wrong.', code: null });
    expect(toUiError(undefined).message).toBe('Something went wrong.');
  });

  it('renderer.format.basics: tokens per second and relative times (English by default; tests/unit/i18n has the rest)', () => {
    expect(formatTokensPerSecond(12.345)).toBe('12.3 tok/s');
    expect(formatTokensPerSecond(154.2)).toBe('154 tok/s');
    const now = 1_700_000_000_000;
    expect(formatRelativeTime(now - 5_000, now)).toBe('now');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatRelativeTime(now / 1000 - 2 * 3600, now)).toBe('2 hours ago'); // seconds are tolerated
  });
});
