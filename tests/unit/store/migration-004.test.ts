// Migration 004 ("ask anyway" per conversation, safety notices per answer) on a file written by the
// previous app version, and the repository calls that read and write the new columns.
import { describe, expect, it } from 'vitest';
import {
  ConversationRepository,
  MessageRepository,
  MIGRATIONS,
  openDatabase,
  readUserVersion,
  StoreNotFoundError,
  StoreValidationError,
} from '../../../main/services/store';
import { useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();

/** A data file exactly as the app wrote it at schema 3, with conversations and an answer. */
function version3File(): string {
  const path = newPath();
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
  db.exec(`
    INSERT INTO conversations (id, title, created_at, updated_at, adapter_enabled, adapter_scale)
      VALUES (1, 'Renal', 10, 20, 0, 0.5);
    INSERT INTO conversations (id, title, created_at, updated_at, deleted_at) VALUES (2, 'Gone', 10, 20, 30);
    INSERT INTO messages (conversation_id, role, content, status, model_name, profile, created_at, updated_at)
      VALUES (1, 'user', 'What is GFR?', 'complete', NULL, NULL, 11, 11),
             (1, 'assistant', 'Glomerular filtration rate.', 'complete', 'tiny', 'adapter', 12, 12);
  `);
  expect(readUserVersion(db)).toBe(3);
  db.close();
  return path;
}

describe('migration 004: scope override and safety notices', () => {
  it('keeps every existing row: no override on old conversations, no notices on old answers', () => {
    const step = track(openDatabase(version3File(), { migrations: MIGRATIONS.slice(0, 4) }));
    expect(readUserVersion(step)).toBe(4);
    expect(step.prepare('SELECT scope_override FROM conversations ORDER BY id').pluck().all()).toEqual([0, 0]);
    step.close();
    // Read through today's repositories (every later migration applied on top).
    const db = track(openDatabase(version3File()));
    const conversations = new ConversationRepository(db);
    expect(conversations.get(1)).toEqual({
      id: 1,
      title: 'Renal',
      createdAt: 10,
      updatedAt: 20,
      adapterEnabled: false,
      adapterScale: 0.5,
      scopeOverride: false,
      useCards: true,
      engine: null,
    });
    expect(conversations.restore(2)).toMatchObject({ title: 'Gone', scopeOverride: false });
    const stored = new MessageRepository(db).listForConversation(1);
    expect(stored.map((m) => [m.role, m.content, m.modelName, m.notices])).toEqual([
      ['user', 'What is GFR?', null, []],
      ['assistant', 'Glomerular filtration rate.', 'tiny', []],
    ]);
    expect(conversations.search('filtration').map((c) => [c.id, c.scopeOverride])).toEqual([[1, false]]);
  });

  it('refuses values the app could not read back: override other than 0/1, notices that are not a JSON array', () => {
    const db = track(openDatabase(version3File()));
    expect(() => db.exec(`UPDATE conversations SET scope_override = 2 WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE messages SET notices = 'not json' WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE messages SET notices = '{"kind":"dose"}' WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE messages SET notices = NULL WHERE id = 1`)).toThrow(/NOT NULL/);
  });

  it('remembers "ask anyway" per conversation without changing its place in the list', () => {
    const db = track(openDatabase(version3File()));
    const conversations = new ConversationRepository(db);
    const other = conversations.create('Other');
    const changed = conversations.setScopeOverride(1, true);
    expect(changed).toMatchObject({ id: 1, scopeOverride: true, updatedAt: 20 });
    expect(conversations.get(other.id)?.scopeOverride).toBe(false);
    expect(conversations.list().find((c) => c.id === 1)?.scopeOverride).toBe(true);
    expect(conversations.setScopeOverride(1, false).scopeOverride).toBe(false);
    expect(() => conversations.setScopeOverride(999, true)).toThrow(StoreNotFoundError);
  });

  it('stores the notices of an answer at start and keeps them when it finishes', () => {
    const db = track(openDatabase(version3File()));
    const messages = new MessageRepository(db);
    const answer = messages.startAssistant(1, {
      modelName: 'tiny',
      profile: 'adapter',
      notices: ['emergency', 'dose'],
    });
    expect(answer.notices).toEqual(['emergency', 'dose']);
    messages.updateStreamingContent(answer.id, 'Call');
    const finished = messages.finish(answer.id, { content: 'Call emergency services.', status: 'stopped' });
    expect(finished.notices).toEqual(['emergency', 'dose']);
    expect(messages.get(answer.id)?.notices).toEqual(['emergency', 'dose']);
    // Duplicates collapse; unknown kinds are refused before anything is written.
    expect(messages.startAssistant(1, { modelName: null, profile: null, notices: ['dose', 'dose'] }).notices).toEqual([
      'dose',
    ]);
    const before = messages.listForConversation(1).length;
    expect(() => messages.startAssistant(1, { modelName: null, profile: null, notices: ['panic' as never] })).toThrow(
      StoreValidationError,
    );
    expect(messages.listForConversation(1)).toHaveLength(before);
  });

  it('skips notice kinds this build does not know (a file written by a newer app) instead of failing', () => {
    const db = track(openDatabase(version3File()));
    db.exec(`UPDATE messages SET notices = '["future-kind","crisis"]' WHERE id = 2`);
    expect(new MessageRepository(db).get(2)?.notices).toEqual(['crisis']);
  });
});
