// ConversationRepository: CRUD, recency order, search with snippets, soft delete/restore/purge.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import {
  ConversationRepository,
  MessageRepository,
  openDatabase,
  StoreNotFoundError,
  StoreValidationError,
} from '../../../main/services/store';
import { fakeClock, useHandles, type FakeClock } from './helpers';

const track = useHandles();
let db: Database;
let clock: FakeClock;
let conversations: ConversationRepository;
let messages: MessageRepository;

beforeEach(() => {
  clock = fakeClock();
  db = track(openDatabase(':memory:', { now: clock.now }));
  conversations = new ConversationRepository(db, { now: clock.now });
  messages = new MessageRepository(db, { now: clock.now });
});

describe('create / get / rename / touch', () => {
  it('creates with a normalised title and timestamps', () => {
    const created = conversations.create('  Cardiac \n cycle  ');
    expect(created).toEqual({
      id: expect.any(Number),
      title: 'Cardiac cycle',
      createdAt: clock.now(),
      updatedAt: clock.now(),
      adapterEnabled: true,
      adapterScale: 1,
      scopeOverride: false,
      useCards: true,
      engine: null,
    });
    expect(conversations.get(created.id)).toEqual(created);
    expect(conversations.get(9999)).toBeNull();
  });

  it('validates titles and ids', () => {
    expect(() => conversations.create('   ')).toThrow(StoreValidationError);
    expect(() => conversations.create('x'.repeat(201))).toThrow(/1-200 characters/);
    expect(conversations.create('🫀'.repeat(200)).title).toHaveLength(400); // 200 code points is fine
    expect(() => conversations.get(0)).toThrow(/positive integer/);
    expect(() => conversations.get(1.5)).toThrow(StoreValidationError);
  });

  it('renames without moving the conversation in the list', () => {
    const a = conversations.create('A');
    clock.advance(10);
    const b = conversations.create('B');
    clock.advance(10);
    expect(conversations.rename(a.id, 'A renamed')).toMatchObject({ title: 'A renamed', updatedAt: a.updatedAt });
    expect(conversations.list().map((c) => c.id)).toEqual([b.id, a.id]);
    expect(() => conversations.rename(12345, 'x')).toThrow(StoreNotFoundError);
  });

  it('lists most recently updated first; touch and new messages move a conversation up', () => {
    const a = conversations.create('A');
    clock.advance(10);
    const b = conversations.create('B');
    clock.advance(10);
    const c = conversations.create('C');
    expect(conversations.list().map((x) => x.title)).toEqual(['C', 'B', 'A']);

    clock.advance(10);
    conversations.touch(a.id);
    expect(conversations.list().map((x) => x.title)).toEqual(['A', 'C', 'B']);

    clock.advance(10);
    messages.addUser(b.id, 'hello');
    expect(conversations.list().map((x) => x.title)).toEqual(['B', 'A', 'C']);
    expect(conversations.list({ limit: 2 }).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(conversations.list()[0]).toMatchObject({ snippet: null, matchedMessageId: null });
    expect(() => conversations.list({ limit: 0 })).toThrow(StoreValidationError);
    expect(() => conversations.touch(c.id + 100)).toThrow(StoreNotFoundError);
  });
});

describe('search', () => {
  it('matches titles and message content case-insensitively, with a snippet of the message', () => {
    const titleHit = conversations.create('Nephron physiology');
    const contentHit = conversations.create('Misc');
    const miss = conversations.create('Unrelated');
    messages.addUser(contentHit.id, 'Tell me about the loop of Henle and the NEPHRON counter-current system');
    messages.addUser(miss.id, 'Krebs cycle');

    const results = conversations.list({ query: 'nephron' });
    expect(results.map((r) => r.id).sort()).toEqual([titleHit.id, contentHit.id].sort());
    const fromContent = results.find((r) => r.id === contentHit.id);
    expect(fromContent?.snippet).toContain('NEPHRON counter-current');
    expect(fromContent?.matchedMessageId).toBe(messages.listForConversation(contentHit.id)[0]?.id);
    expect(results.find((r) => r.id === titleHit.id)?.snippet).toBeNull();
    expect(conversations.search('KREBS').map((r) => r.id)).toEqual([miss.id]);
  });

  it('snippets the most recent matching message and shortens long text', () => {
    const conv = conversations.create('Long');
    messages.addUser(conv.id, 'first mention of insulin');
    const long = `${'filler '.repeat(50)}insulin resistance${' more'.repeat(100)}`;
    const latest = messages.addUser(conv.id, long);
    const [hit] = conversations.search('insulin');
    expect(hit?.matchedMessageId).toBe(latest.id);
    expect(hit?.snippet?.startsWith('…')).toBe(true);
    expect(hit?.snippet?.endsWith('…')).toBe(true);
    expect(hit?.snippet).toContain('insulin resistance');
    expect(hit?.snippet?.length).toBeLessThan(200);
  });

  it('treats % _ and \\ literally', () => {
    const percent = conversations.create('Dose 50% reduction');
    conversations.create('Dose 50 mg reduction');
    const underscore = conversations.create('snake_case');
    conversations.create('snakeXcase');
    const backslash = conversations.create('path a\\b');
    conversations.create('path ab');

    expect(conversations.search('50%').map((r) => r.id)).toEqual([percent.id]);
    expect(conversations.search('%').map((r) => r.id)).toEqual([percent.id]);
    expect(conversations.search('e_c').map((r) => r.id)).toEqual([underscore.id]);
    expect(conversations.search('a\\b').map((r) => r.id)).toEqual([backslash.id]);
  });

  it('ignores soft-deleted conversations; a blank query lists everything', () => {
    const kept = conversations.create('Asthma');
    const gone = conversations.create('Asthma 2');
    conversations.softDelete(gone.id);
    expect(conversations.search('asthma').map((r) => r.id)).toEqual([kept.id]);
    expect(conversations.list({ query: '   ' }).map((r) => r.id)).toEqual([kept.id]);
    expect(() => conversations.search('  ')).toThrow(StoreValidationError);
  });
});

describe('soft delete, restore, purge', () => {
  it('hides on soft delete and brings back on restore, messages intact', () => {
    const conv = conversations.create('Shock');
    messages.addUser(conv.id, 'types of shock');
    const receipt = conversations.softDelete(conv.id);
    expect(receipt).toEqual({ id: conv.id, deletedAt: clock.now() });
    expect(conversations.get(conv.id)).toBeNull();
    expect(conversations.list()).toEqual([]);
    expect(() => conversations.softDelete(conv.id)).toThrow(StoreNotFoundError);
    expect(() => conversations.rename(conv.id, 'x')).toThrow(StoreNotFoundError);
    expect(() => messages.addUser(conv.id, 'more')).toThrow(StoreNotFoundError);

    expect(conversations.restore(conv.id)).toEqual(conv);
    expect(conversations.restore(conv.id)).toEqual(conv); // restoring a live one is a no-op
    expect(messages.listForConversation(conv.id).map((m) => m.content)).toEqual(['types of shock']);
  });

  it('purges only conversations deleted long enough ago, with their messages', () => {
    const old = conversations.create('Old');
    const recent = conversations.create('Recent');
    const live = conversations.create('Live');
    messages.addUser(old.id, 'old message');
    conversations.softDelete(old.id);
    clock.advance(60_000);
    conversations.softDelete(recent.id);
    clock.advance(1_000);

    expect(conversations.purgeDeleted(30_000)).toBe(1);
    expect(() => conversations.restore(old.id)).toThrow(StoreNotFoundError);
    expect(db.prepare(`SELECT count(*) FROM messages WHERE conversation_id = ?`).pluck().get(old.id)).toBe(0);
    expect(conversations.restore(recent.id).id).toBe(recent.id);

    conversations.softDelete(recent.id);
    expect(conversations.purgeDeleted(0)).toBe(1);
    expect(conversations.list().map((c) => c.id)).toEqual([live.id]);
    expect(() => conversations.purgeDeleted(-1)).toThrow(StoreValidationError);
  });
});
