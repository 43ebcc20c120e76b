// Checks a killed writer's database against the ack ledger: acked writes present, whole transactions, integrity.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../main/services/store';
import { checksum } from './ack';
import type { AckLedger } from './ledger';
import { batchCards, editVersionOf, expectedAnswer } from './texts';
import { batchChecksum } from './writer/card-services';

/** lost: an acked write is missing or different; half: part of a transaction; corrupt: the file itself. */
export interface Problem {
  kind: 'lost' | 'half' | 'corrupt';
  detail: string;
}

export interface StoreFacts {
  messages: number;
  cards: number;
  reviewLogs: number;
  /** Questions without an answer row, conversations without messages: ChatService.send saves the
   * conversation, the question and the empty answer in one transaction, so both must stay 0. */
  unansweredQuestions: number;
  emptyConversations: number;
}

export function verifyStore(path: string, ledger: AckLedger): { problems: Problem[]; facts: StoreFacts } {
  // A plain connection: no migrations, no recovery, so we see exactly what the kill left.
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    const problems: Problem[] = [];
    checkFile(db, problems);
    const chat = checkChat(db, ledger, problems);
    const cards = checkCards(db, ledger, problems);
    const reviewLogs = checkReviews(db, ledger, problems);
    return { problems, facts: { ...chat, cards, reviewLogs } };
  } finally {
    db.close();
  }
}

function checkFile(db: Database, problems: Problem[]): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push({ kind: 'corrupt', detail: `integrity_check: ${String(integrity)}` });
  const violations = db.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0)
    problems.push({ kind: 'corrupt', detail: `foreign_key_check: ${JSON.stringify(violations)}` });
  const version = db.pragma('user_version', { simple: true });
  if (version !== LATEST_SCHEMA_VERSION) problems.push({ kind: 'corrupt', detail: `user_version ${String(version)}` });
  for (const table of ['cards_fts', 'messages_fts']) {
    try {
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
    } catch (error) {
      problems.push({ kind: 'corrupt', detail: `${table} integrity-check: ${String(error)}` });
    }
  }
}

interface MessageRow {
  id: number;
  conversation_id: number;
  role: 'user' | 'assistant';
  content: string;
  status: string;
}

function checkChat(db: Database, ledger: AckLedger, problems: Problem[]): Omit<StoreFacts, 'cards' | 'reviewLogs'> {
  const rows = db
    .prepare('SELECT id, conversation_id, role, content, status FROM messages ORDER BY conversation_id, id')
    .all() as MessageRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  let unansweredQuestions = 0;
  let streaming = 0;
  rows.forEach((row, index) => {
    const previous = index > 0 ? rows[index - 1] : undefined;
    const next = rows[index + 1];
    if (row.role === 'user') {
      if (!next || next.conversation_id !== row.conversation_id || next.role !== 'assistant') unansweredQuestions++;
      return;
    }
    if (row.status === 'streaming') streaming++;
    if (!previous || previous.conversation_id !== row.conversation_id || previous.role !== 'user') {
      problems.push({ kind: 'half', detail: `answer ${row.id} has no question before it` });
      return;
    }
    // Every stored answer is the scripted answer, whole when complete, else a prefix of it.
    const expected = expectedAnswer(previous.content);
    const fits = row.status === 'complete' ? row.content === expected : expected.startsWith(row.content);
    if (!fits) problems.push({ kind: 'half', detail: `answer ${row.id} (${row.status}) is not the expected text` });
  });
  // Recovery on open turns older 'streaming' answers into 'interrupted'; only the killed run's can remain.
  if (streaming > 1) problems.push({ kind: 'corrupt', detail: `${streaming} answers still 'streaming'` });

  for (const [assistantId, send] of ledger.sends) {
    const question = byId.get(send.userId);
    const answer = byId.get(assistantId);
    if (question?.content !== send.question || question.conversation_id !== send.conversationId) {
      problems.push({ kind: 'lost', detail: `acked question ${send.userId} missing or changed` });
    }
    if (answer?.role !== 'assistant' || answer.conversation_id !== send.conversationId) {
      problems.push({ kind: 'lost', detail: `acked answer row ${assistantId} missing` });
    }
  }
  for (const [id, length] of ledger.partialLengths) {
    const row = byId.get(id);
    if (!row || row.content.length < length) {
      problems.push({
        kind: 'lost',
        detail: `answer ${id}: ${length} chars acked, ${row?.content.length ?? 0} stored`,
      });
    }
  }
  for (const [id, done] of ledger.finished) {
    const row = byId.get(id);
    if (row?.status !== done.status || checksum(row.content) !== done.checksum) {
      problems.push({ kind: 'lost', detail: `finished answer ${id} (${done.status}) missing or changed` });
    }
  }
  const empty = db.prepare(
    'SELECT count(*) AS n FROM conversations WHERE id NOT IN (SELECT conversation_id FROM messages)',
  );
  const emptyConversations = (empty.get() as { n: number }).n;
  if (unansweredQuestions > 0) {
    problems.push({ kind: 'half', detail: `${unansweredQuestions} question(s) without an answer row` });
  }
  if (emptyConversations > 0) {
    problems.push({ kind: 'half', detail: `${emptyConversations} conversation(s) without messages` });
  }
  return { messages: rows.length, unansweredQuestions, emptyConversations };
}

interface CardRow {
  id: number;
  front: string;
  back: string;
}

function checkCards(db: Database, ledger: AckLedger, problems: Problem[]): number {
  const cards = db.prepare('SELECT id, front, back FROM cards WHERE deleted_at IS NULL ORDER BY id').all() as CardRow[];
  const tagsOf = new Map<number, string[]>();
  for (const { card_id, tag } of db.prepare('SELECT card_id, tag FROM card_tags ORDER BY tag').all() as {
    card_id: number;
    tag: string;
  }[]) {
    tagsOf.set(card_id, [...(tagsOf.get(card_id) ?? []), tag]);
  }

  const batches = new Map<string, { size: number; cards: CardRow[] }>();
  for (const card of cards) {
    const tags = tagsOf.get(card.id) ?? [];
    const batch = tags.filter((tag) => tag.startsWith('batch-')).map((tag) => tag.slice('batch-'.length));
    const size = tags.filter((tag) => tag.startsWith('size-')).map((tag) => Number(tag.slice('size-'.length)));
    if (batch.length !== 1 || size.length !== 1) {
      problems.push({ kind: 'half', detail: `card ${card.id} has tags [${tags.join(', ')}]` });
      continue;
    }
    const group = batches.get(batch[0]!) ?? { size: size[0]!, cards: [] };
    group.cards.push(card);
    batches.set(batch[0]!, group);
    // An editor save changes the back and the edit-N tag together.
    const edits = tags.filter((tag) => tag.startsWith('edit-')).map((tag) => Number(tag.slice('edit-'.length)));
    const tagged = edits.length === 0 ? 0 : edits.length === 1 ? edits[0]! : -1;
    if (tagged !== editVersionOf(card.back)) {
      problems.push({
        kind: 'half',
        detail: `card ${card.id}: back at edit ${editVersionOf(card.back)}, tags ${tags}`,
      });
    }
  }

  for (const [batch, group] of batches) {
    // A "Make cards" save is one transaction: all of its cards, exactly as drafted, or none.
    const drafts = batchCards(batch, group.size);
    const fronts = group.cards.map((card) => card.front).sort();
    const complete =
      group.cards.length === group.size && batchChecksum(fronts) === batchChecksum(drafts.map((d) => d.front));
    if (!complete)
      problems.push({ kind: 'half', detail: `batch ${batch}: ${group.cards.length} of ${group.size} cards` });
    for (const card of group.cards) {
      const draft = drafts.find((d) => d.front === card.front);
      if (draft && !card.back.startsWith(draft.back)) {
        problems.push({ kind: 'half', detail: `card ${card.id}: back text changed` });
      }
    }
  }
  for (const [batch, acked] of ledger.batches) {
    const group = batches.get(batch);
    const fronts = group?.cards.map((card) => card.front) ?? [];
    if (!group || group.size !== acked.size || batchChecksum(fronts) !== acked.checksum) {
      problems.push({ kind: 'lost', detail: `acked batch ${batch} (${acked.size} cards) missing or incomplete` });
    }
  }
  const byId = new Map(cards.map((card) => [card.id, card]));
  for (const [id, edit] of ledger.edits) {
    const card = byId.get(id);
    const version = card ? editVersionOf(card.back) : -1;
    if (!card || version < edit.version || (version === edit.version && checksum(card.back) !== edit.checksum)) {
      problems.push({ kind: 'lost', detail: `acked edit ${edit.version} of card ${id} missing` });
    }
  }
  checkCardIndex(db, cards, tagsOf, problems);
  return cards.length;
}

/** The FTS triggers run inside each card transaction, so the index holds exactly the live cards. */
function checkCardIndex(db: Database, cards: CardRow[], tagsOf: Map<number, string[]>, problems: Problem[]): void {
  const indexed = db.prepare('SELECT rowid AS id, front, back, tags FROM cards_fts').all() as (CardRow & {
    tags: string;
  })[];
  if (indexed.length !== cards.length) {
    problems.push({ kind: 'half', detail: `cards_fts has ${indexed.length} rows for ${cards.length} live cards` });
  }
  const byId = new Map(cards.map((card) => [card.id, card]));
  for (const row of indexed) {
    const card = byId.get(row.id);
    const tags = row.tags.split(' ').filter(Boolean).sort().join(' ');
    if (!card || card.front !== row.front || card.back !== row.back || tags !== (tagsOf.get(row.id) ?? []).join(' ')) {
      problems.push({ kind: 'half', detail: `cards_fts row ${row.id} does not match its card` });
    }
  }
}

function checkReviews(db: Database, ledger: AckLedger, problems: Problem[]): number {
  // Each rating adds one log row and bumps reps once, in one transaction (undo reverses both), so the
  // log count and reps agree for every card, and last_review is the newest log's time.
  const mismatched = db
    .prepare(
      `SELECT c.id, c.reps, c.last_review, count(l.id) AS logs, max(l.review_at) AS newest
       FROM cards c LEFT JOIN review_logs l ON l.card_id = c.id
       GROUP BY c.id HAVING c.reps <> count(l.id) OR c.last_review IS NOT max(l.review_at)`,
    )
    .all() as { id: number; reps: number; logs: number }[];
  for (const row of mismatched) {
    problems.push({ kind: 'half', detail: `card ${row.id}: reps ${row.reps} but ${row.logs} review log rows` });
  }
  const find = db.prepare('SELECT card_id, review_at, duration_ms FROM review_logs WHERE id = ?');
  for (const [logId, { present, key, mayBeUndone }] of ledger.reviewLogs) {
    const row = find.get(logId) as { card_id: number; review_at: number; duration_ms: number } | undefined;
    const same = row?.card_id === key.cardId && row.review_at === key.reviewAt && row.duration_ms === key.durationMs;
    if (present && !same && !mayBeUndone) problems.push({ kind: 'lost', detail: `acked review log ${logId} missing` });
    if (!present && same) problems.push({ kind: 'lost', detail: `acked undo of review log ${logId} not applied` });
  }
  return (db.prepare('SELECT count(*) AS n FROM review_logs').get() as { n: number }).n;
}
