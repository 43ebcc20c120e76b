// Migration 010 (citations of earlier answers) on a file written before it: every card citation is
// kept, as a card's, and the rebuilt table refuses a citation that names both a card and an answer.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, readUserVersion } from '../../../main/services/store';
import { answerCitations } from '../../../main/services/store/migrations/010-answer-citations';
import { useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();
const BEFORE = MIGRATIONS.findIndex((migration) => migration === answerCitations);
const DIGEST = 'a'.repeat(64);

describe('migration 010: answer citations', () => {
  it('is version 10, right after the migrations before it', () => {
    expect(answerCitations.version).toBe(10);
    expect(BEFORE).toBe(9);
  });

  it('keeps a version-9 file’s card citations and checks that a citation cites one thing', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    old.exec(`
      INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Renal', 1, 1);
      INSERT INTO messages (id, conversation_id, role, content, status, created_at, updated_at)
        VALUES (1, 1, 'user', 'ECG in hyperkalemia?', 'complete', 1, 1),
               (2, 1, 'assistant', 'Peaked T waves [1].', 'complete', 1, 1);
      INSERT INTO message_citations (message_id, number, card_id, deck_name, front, back, score, card_digest)
        VALUES (2, 1, 7, 'Renal', 'Hyperkalemia ECG?', 'Peaked T waves', 0.9, '${DIGEST}'),
               (2, 2, 8, 'Renal', 'Normal K+?', '3.5-5.0', 0.6, '${DIGEST}');
    `);
    old.close();

    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE + 1) }));
    expect(readUserVersion(db)).toBe(10);
    expect(db.prepare('SELECT * FROM message_citations ORDER BY number').all()).toEqual([
      {
        message_id: 2,
        number: 1,
        kind: 'card',
        card_id: 7,
        answer_id: null,
        deck_name: 'Renal',
        front: 'Hyperkalemia ECG?',
        back: 'Peaked T waves',
        score: 0.9,
        card_digest: DIGEST,
      },
      {
        message_id: 2,
        number: 2,
        kind: 'card',
        card_id: 8,
        answer_id: null,
        deck_name: 'Renal',
        front: 'Normal K+?',
        back: '3.5-5.0',
        score: 0.6,
        card_digest: DIGEST,
      },
    ]);
    const insert = db.prepare(
      `INSERT INTO message_citations (message_id, number, kind, card_id, answer_id, deck_name, front, back, score, card_digest)
       VALUES (2, 3, ?, ?, ?, 'x', 'q', 'a', 0.5, '${DIGEST}')`,
    );
    expect(() => insert.run('answer', 7, 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run('answer', null, null)).toThrow(/CHECK constraint/);
    expect(() => insert.run('card', null, 1)).toThrow(/CHECK constraint/);
    insert.run('answer', null, 1);
    // Deleting the answer still takes its citations with it.
    db.prepare('DELETE FROM messages WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM message_citations').pluck().get()).toBe(0);
  });
});
