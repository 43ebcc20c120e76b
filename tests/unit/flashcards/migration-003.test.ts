// Migration 003 on a file written before flashcards existed: chat history kept and made searchable.
import { describe, expect, it } from 'vitest';
import {
  ConversationRepository,
  MessageRepository,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openDatabase,
  readUserVersion,
  SettingsRepository,
} from '../../../main/services/store';
import { FlashcardService } from '../../../main/services/flashcards';
import { tableNames, useHandles, useTempDir } from '../store/helpers';

const newPath = useTempDir();
const track = useHandles();

function version2File(): string {
  const path = newPath();
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
  db.exec(`
    INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Renal', 10, 20);
    INSERT INTO conversations (id, title, created_at, updated_at, deleted_at) VALUES (2, 'Gone', 10, 20, 30);
    INSERT INTO messages (id, conversation_id, role, content, status, created_at, updated_at)
      VALUES (1, 1, 'user', 'What is hyperkalemia?', 'complete', 11, 11),
             (2, 1, 'assistant', 'Hyperkalemia is a high serum potassium; peaked T waves on the ECG.', 'complete', 12, 12),
             (3, 2, 'assistant', 'Hyperkalemia in a deleted chat.', 'complete', 13, 13),
             (4, 1, 'assistant', 'Hyperkalemia answer cut off while streaming', 'streaming', 14, 14);
  `);
  expect(readUserVersion(db)).toBe(2);
  db.close();
  return path;
}

describe('migration 003: flashcards', () => {
  it('keeps every conversation and message and indexes them for full-text search', () => {
    const db = track(openDatabase(version2File()));
    // Opening migrates all the way to the latest schema, through 003.
    expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['decks', 'cards', 'card_tags', 'review_logs', 'cards_fts', 'messages_fts']),
    );
    expect(new ConversationRepository(db).get(1)?.title).toBe('Renal');
    expect(new MessageRepository(db).listForConversation(1)).toHaveLength(3);

    const service = new FlashcardService(db, new SettingsRepository(db));
    const hits = service.searchHistory('hyperkal');
    // Message 4 was 'streaming' and became 'interrupted' on open (recovery), so it is indexed too;
    // message 3 belongs to a deleted conversation and is not returned.
    expect(hits.map((hit) => hit.messageId).sort()).toEqual([1, 2, 4]);
    const answer = hits.find((hit) => hit.messageId === 2);
    expect(answer).toMatchObject({ conversationId: 1, conversationTitle: 'Renal', role: 'assistant' });
    expect(answer?.snippet).toContain('[Hyperkalemia]');
  });

  it('keeps the index in step with new, streamed, finished and deleted messages', () => {
    const db = track(openDatabase(newPath()));
    const conversations = new ConversationRepository(db);
    const messages = new MessageRepository(db);
    const service = new FlashcardService(db, new SettingsRepository(db));
    const chat = conversations.create('Cardio');
    messages.addUser(chat.id, 'Explain atrial fibrillation');
    const answer = messages.startAssistant(chat.id, { modelName: null, profile: null });
    messages.updateStreamingContent(answer.id, 'Atrial fibrillation is an irregularly irregular rhythm');
    expect(service.searchHistory('irregularly')).toEqual([]);
    messages.finish(answer.id, {
      content: 'Atrial fibrillation: irregularly irregular, no P waves',
      status: 'complete',
    });
    expect(service.searchHistory('irregularly').map((hit) => hit.messageId)).toEqual([answer.id]);
    expect(service.searchHistory('atrial fib')).toHaveLength(2);

    conversations.softDelete(chat.id);
    expect(service.searchHistory('atrial')).toEqual([]);
    conversations.restore(chat.id);
    expect(service.searchHistory('atrial')).toHaveLength(2);

    db.prepare('DELETE FROM conversations WHERE id = ?').run(chat.id);
    expect(db.prepare(`SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '"atrial"*'`).pluck().get()).toBe(0);
    // The external-content index agrees with its table (FTS5's own consistency check).
    expect(() => db.exec(`INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
  });

  it('rolls back as a whole: a failure leaves the file at version 2 without flashcard tables', () => {
    const path = version2File();
    const failing = {
      ...MIGRATIONS[2]!,
      up: (db: Parameters<(typeof MIGRATIONS)[2]['up']>[0]) => {
        MIGRATIONS[2]!.up(db);
        throw new Error('disk full');
      },
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS.slice(0, 2), failing] })).toThrow(/disk full/);
    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) }));
    expect(readUserVersion(db)).toBe(2);
    expect(tableNames(db)).not.toContain('cards');
  });
});
