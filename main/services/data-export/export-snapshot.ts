// Reads every user row in one read transaction, so the JSON and the .apkg describe the same moment.
import type { AnkiExportContent } from '../flashcards/interchange';
import { ankiExportContent, type AnkiExportSources } from '../flashcards/transfer';
import {
  EXPORT_FORMAT_VERSION,
  type ExportedCard,
  type ExportedConversation,
  type ExportedData,
  type ExportedDeck,
  type ExportedRow,
} from './export-format';

export interface ExportSnapshot {
  data: ExportedData;
  /** The same decks, notes and media as an Anki package. */
  anki: AnkiExportContent;
}

const SCHEDULING_COLUMNS = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
  'last_review',
] as const;

const SCHEDULING: ReadonlySet<string> = new Set(SCHEDULING_COLUMNS);

// Soft-deleted rows (kept a day for Undo) are left out: the user deleted them. Internal keys
// (name_key, front_key) are derived data and left out too.
const SQL = {
  conversations: `SELECT id, title, created_at, updated_at, adapter_enabled, adapter_scale, scope_override, engine
    FROM conversations WHERE deleted_at IS NULL ORDER BY id`,
  messages: `SELECT m.id, m.conversation_id, m.role, m.content, m.status, m.model_name, m.profile, m.tokens,
      m.tokens_per_second, m.error, m.notices, m.created_at, m.updated_at
    FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.deleted_at IS NULL ORDER BY m.id`,
  decks: `SELECT id, name, created_at, updated_at FROM decks WHERE deleted_at IS NULL ORDER BY id`,
  cards: `SELECT c.id, c.deck_id, c.note_type, c.front, c.back, c.source_message_id, c.created_at, c.updated_at,
      c.note_id, c.template_ord, c.content_format, c.suspended, c.buried_until,
      ${SCHEDULING_COLUMNS.map((column) => `c.${column}`).join(', ')}
    FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL ORDER BY c.id`,
  tags: `SELECT card_id, tag FROM card_tags ORDER BY card_id, tag`,
  reviewLogs: `SELECT r.* FROM review_logs r JOIN cards c ON c.id = r.card_id JOIN decks d ON d.id = c.deck_id
    WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL ORDER BY r.id`,
  settings: `SELECT key, value FROM settings ORDER BY key`,
  evaluationRuns: `SELECT * FROM evaluation_runs ORDER BY id`,
  noteTypes: `SELECT id, name, kind, fields, templates, css, sort_field, source_id, created_at, updated_at FROM note_types ORDER BY id`,
  notes: `SELECT id, guid, note_type_id, fields, created_at, updated_at FROM notes ORDER BY id`,
  mediaNames: `SELECT name, hash, updated_at FROM media_names ORDER BY name`,
  media: `SELECT hash, mime, size, created_at FROM media ORDER BY hash`,
  // Never the API key: its sealed bytes open only on this computer, for this user, and are not the user's
  // data to carry; whether one was set is enough for the record.
  remoteServers: `SELECT id, name, base_url, software, model, adapter, allow_local_network,
      api_key_sealed IS NOT NULL AS has_api_key, created_at, updated_at
    FROM remote_servers ORDER BY created_at, id`,
} as const;

/** JSON columns (fields, templates) as values, not strings. */
function withJson(row: Record<string, unknown>, columns: readonly string[]): ExportedRow {
  const out = camelRow(row);
  for (const column of columns) out[camel(column)] = parseJson(String(row[column]));
  return out;
}

export function readExportSnapshot(
  sources: Omit<AnkiExportSources, 'allMedia' | 'now'>,
  meta: { appName: string; version: string; exportedAt: number },
): ExportSnapshot {
  const { db } = sources;
  const read = db.transaction((): ExportSnapshot => {
    const all = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;

    const messagesByConversation = groupBy(all(SQL.messages).map(messageRow), 'conversationId');
    const conversations: ExportedConversation[] = all(SQL.conversations).map((row) => {
      const conversation = camelRow(row);
      return { ...conversation, messages: messagesByConversation.get(conversation.id) ?? [] };
    });

    const tagsByCard = new Map<unknown, string[]>();
    for (const { card_id, tag } of all(SQL.tags)) {
      const list = tagsByCard.get(card_id) ?? [];
      list.push(String(tag));
      tagsByCard.set(card_id, list);
    }
    const cardsByDeck = groupBy(
      all(SQL.cards).map((row) => cardRow(row, tagsByCard.get(row.id) ?? [])),
      'deckId',
    );
    const decks: ExportedDeck[] = all(SQL.decks).map((row) => {
      const deck = camelRow(row);
      return { ...deck, cards: (cardsByDeck.get(deck.id) ?? []) as ExportedCard[] };
    });

    const settings: Record<string, unknown> = {};
    for (const { key, value } of all(SQL.settings)) settings[String(key)] = parseJson(String(value));
    const reviewLogs = all(SQL.reviewLogs).map(camelRow);
    const evaluationRuns = all(SQL.evaluationRuns).map(camelRow);
    const noteTypes = all(SQL.noteTypes).map((row) => withJson(row, ['fields', 'templates']));
    const notes = all(SQL.notes).map((row) => withJson(row, ['fields']));
    const mediaNames = all(SQL.mediaNames).map(camelRow);
    const media = all(SQL.media).map(camelRow);
    const remoteServers = all(SQL.remoteServers).map((row) => withJson(row, ['adapter']));
    const messageCount = conversations.reduce((sum, c) => sum + c.messages.length, 0);
    const cardCount = decks.reduce((sum, d) => sum + d.cards.length, 0);

    const data: ExportedData = {
      formatVersion: EXPORT_FORMAT_VERSION,
      app: { name: meta.appName, version: meta.version },
      exportedAt: new Date(meta.exportedAt).toISOString(),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      counts: {
        conversations: conversations.length,
        messages: messageCount,
        decks: decks.length,
        cards: cardCount,
        reviewLogs: reviewLogs.length,
        settings: Object.keys(settings).length,
        evaluationRuns: evaluationRuns.length,
        noteTypes: noteTypes.length,
        notes: notes.length,
        media: media.length,
      },
      settings,
      conversations,
      decks,
      reviewLogs,
      evaluationRuns,
      noteTypes,
      notes,
      mediaNames,
      media,
      remoteServers,
    };
    // Every named media file goes into the package, used by a card or not: it is the user's.
    return { data, anki: ankiExportContent({ ...sources, now: meta.exportedAt, allMedia: true }, null) };
  });
  return read();
}

/** snake_case → camelCase, computed once per column name (an export renames millions of keys). */
const camelNames = new Map<string, string>();
function camel(key: string): string {
  let name = camelNames.get(key);
  if (name === undefined) {
    name = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    camelNames.set(key, name);
  }
  return name;
}

function camelRow(row: Record<string, unknown>): ExportedRow {
  const out: ExportedRow = {};
  for (const key in row) out[camel(key)] = row[key];
  return out;
}

function messageRow(row: Record<string, unknown>): ExportedRow {
  const message = camelRow(row);
  return { ...message, notices: parseJson(String(row.notices)) };
}

function cardRow(row: Record<string, unknown>, tags: string[]): ExportedCard {
  const card: ExportedRow = {};
  const scheduling: ExportedRow = {};
  for (const key in row) (SCHEDULING.has(key) ? scheduling : card)[camel(key)] = row[key];
  return { ...card, tags, scheduling };
}

function groupBy(rows: ExportedRow[], key: string): Map<unknown, ExportedRow[]> {
  const groups = new Map<unknown, ExportedRow[]>();
  for (const row of rows) {
    const list = groups.get(row[key]) ?? [];
    list.push(row);
    groups.set(row[key], list);
  }
  return groups;
}

/** Stored values are JSON; one that is not (hand-edited) is exported as its raw text rather than lost. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
