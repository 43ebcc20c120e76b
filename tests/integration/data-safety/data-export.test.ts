// "Export all my data": data.json holds every user row; decks.apkg re-imports through the app's own importer.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import {
  DataExportService,
  DATA_FILE,
  DECKS_FILE,
  EXPORT_FORMAT_VERSION,
  readExportedData,
  type ExportedData,
} from '../../../main/services/data-export';
import { FlashcardService } from '../../../main/services/flashcards';
import { TransferService } from '../../../main/services/flashcards/transfer';
import { LATEST_SCHEMA_VERSION, openDatabase, SettingsRepository } from '../../../main/services/store';
import { populate } from '../../fixtures/user-data';
import { cardContent } from '../support/card-content';

const dir = mkdtempSync(join(tmpdir(), 'mea-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function freshApp() {
  const db = openDatabase(join(dir, `db-${++n}.sqlite`));
  const flashcards = new FlashcardService(db, new SettingsRepository(db));
  const exporter = new DataExportService({ db, flashcards, version: '9.9.9', now: () => Date.UTC(2026, 4, 1) });
  return { db, flashcards, exporter };
}

function ids(db: Database, sql: string): number[] {
  return db.prepare(sql).pluck().all() as number[];
}

/** Each card's front, back, type and tags per deck, in a stable order. */
function deckContents(flashcards: FlashcardService) {
  return flashcards
    .listDecks()
    .map((deck) => ({
      deck: deck.name,
      cards: flashcards
        .listCards({ deckId: deck.id, offset: 0, limit: 500 })
        .cards.map((c) => cardContent(flashcards, c))
        .sort((a, b) => a.front.localeCompare(b.front)),
    }))
    .sort((a, b) => a.deck.localeCompare(b.deck));
}

describe('DataExportService', () => {
  it('writes one .zip whose data.json has every row and whose decks.apkg re-imports with the same cards', async () => {
    const source = freshApp();
    populate(source.db, 3);
    // A soft-deleted conversation is what the user deleted: it is left out.
    source.db.prepare(`UPDATE conversations SET deleted_at = 1 WHERE id = (SELECT max(id) FROM conversations)`).run();
    const path = join(dir, 'everything.zip');
    const receipt = await source.exporter.exportAll(path);

    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files).sort()).toEqual([DATA_FILE, DECKS_FILE]);
    const json = strFromU8(files[DATA_FILE] ?? new Uint8Array());
    const data = JSON.parse(json) as ExportedData;
    // What this app writes, it reads back as written.
    expect(readExportedData(json)).toEqual({ data, fromVersion: EXPORT_FORMAT_VERSION });
    expect(data).toMatchObject({
      formatVersion: EXPORT_FORMAT_VERSION,
      app: { name: 'Medical Education Assistant', version: '9.9.9' },
      exportedAt: '2026-05-01T00:00:00.000Z',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(receipt.counts).toEqual(data.counts);
    expect(receipt.apkg).toBe(true);

    const db = source.db;
    const liveConversations = `SELECT id FROM conversations WHERE deleted_at IS NULL ORDER BY id`;
    expect(data.conversations.map((c) => c.id)).toEqual(ids(db, liveConversations));
    expect(data.conversations.flatMap((c) => c.messages.map((m) => m.id))).toEqual(
      ids(db, `SELECT id FROM messages WHERE conversation_id IN (${liveConversations}) ORDER BY id`),
    );
    const cards = data.decks.flatMap((d) => d.cards);
    expect(cards.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(
      ids(db, `SELECT id FROM cards ORDER BY id`),
    );
    expect(data.reviewLogs.map((r) => r.id)).toEqual(ids(db, `SELECT id FROM review_logs ORDER BY id`));
    expect(data.evaluationRuns.map((r) => r.id)).toEqual(ids(db, `SELECT id FROM evaluation_runs ORDER BY id`));
    expect(Object.keys(data.settings).sort()).toEqual(
      db.prepare(`SELECT key FROM settings ORDER BY key`).pluck().all(),
    );
    expect(data.settings.sampling).toEqual({ temperature: 0.3, topP: 0.9, maxTokens: 256 });

    // Field values, not just ids: message text, card scheduling state, tags, review log columns.
    for (const message of data.conversations.flatMap((c) => c.messages)) {
      const row = db.prepare(`SELECT content, status, role FROM messages WHERE id = ?`).get(message.id);
      expect({ content: message.content, status: message.status, role: message.role }).toEqual(row);
    }
    for (const card of cards) {
      const row = db
        .prepare(
          `SELECT front, back, due, stability, difficulty, reps, lapses, state, last_review AS lastReview FROM cards WHERE id = ?`,
        )
        .get(card.id) as Record<string, unknown>;
      const { front, back, ...scheduling } = row;
      expect({ front: card.front, back: card.back }).toEqual({ front, back });
      expect(card.scheduling).toMatchObject(scheduling);
      expect([...card.tags].sort()).toEqual(
        db.prepare(`SELECT tag FROM card_tags WHERE card_id = ? ORDER BY tag`).pluck().all(card.id),
      );
    }
    expect(data.reviewLogs).toEqual(
      (db.prepare(`SELECT * FROM review_logs ORDER BY id`).all() as Array<Record<string, unknown>>).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), v]),
        ),
      ),
    );

    // The .apkg goes back in through the app's own importer.
    const apkgPath = join(dir, 'from-export.apkg');
    writeFileSync(apkgPath, files[DECKS_FILE] ?? new Uint8Array());
    const target = freshApp();
    const imported = await new TransferService(target.db, target.flashcards).importFile(apkgPath);
    expect(imported.cardsAdded).toBe(cards.length);
    expect(deckContents(target.flashcards)).toEqual(deckContents(source.flashcards));

    const rows = data.counts.conversations + data.counts.messages + data.counts.cards + data.counts.reviewLogs;
    console.log(
      `data-export: ${rows} rows in data.json (${data.counts.conversations} conversations, ${data.counts.messages} messages, ` +
        `${data.counts.cards} cards, ${data.counts.reviewLogs} reviews, ${data.counts.settings} settings, ` +
        `${data.counts.evaluationRuns} evaluation runs); .apkg re-imported ${imported.cardsAdded}/${cards.length} cards`,
    );
    source.db.close();
    target.db.close();
  });

  it('exports an empty data file as data.json alone', async () => {
    const app = freshApp();
    const receipt = await app.exporter.exportAll(join(dir, 'empty.zip'));
    expect(receipt.apkg).toBe(false);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(join(dir, 'empty.zip')))))).toEqual([DATA_FILE]);
    app.db.close();
  });

  it('refuses destinations it cannot write with a clear error, leaving no partial file', async () => {
    const app = freshApp();
    populate(app.db);
    const missing = join(dir, 'no-such-folder', 'out.zip');
    await expect(app.exporter.exportAll(missing)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('does not exist'),
    });
    const folder = join(dir, 'a-folder.zip');
    mkdirSync(folder);
    const error = await app.exporter.exportAll(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain(folder);
    // Neither the archive nor the package written before it is left behind.
    expect(existsSync(`${folder}.partial`)).toBe(false);
    expect(existsSync(`${folder}.decks.partial`)).toBe(false);
    app.db.close();
  });
});
