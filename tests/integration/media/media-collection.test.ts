// Collecting unused media over a real data folder: an imported deck's files stay while any card, deleted
// card awaiting Undo, note or kept backup needs them, and go once none does.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnkiImportService } from '../../../main/services/anki-import';
import { MediaCollection } from '../../../main/services/app/media-collection';
import { BackupStore } from '../../../main/services/backup';
import { FlashcardService } from '../../../main/services/flashcards';
import { TransferService } from '../../../main/services/flashcards/transfer';
import { MediaStore } from '../../../main/services/media';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import { sampleContent } from '../../fixtures/anki/package-content';
import { writeAnkiPackage } from '../../fixtures/anki/write-anki-package';

const HOUR = 60 * 60 * 1000;
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function importedDeck() {
  const root = mkdtempSync(join(tmpdir(), 'mea-media-gc-'));
  roots.push(root);
  const dataDir = join(root, 'data');
  const clock = { now: Date.now() };
  const db = openDatabase(join(root, 'app.db'));
  const flashcards = new FlashcardService(db, new SettingsRepository(db), { now: () => clock.now });
  const media = new MediaStore({ dataDir, db, now: () => clock.now });
  const importer = new AnkiImportService({ db, flashcards, media, now: () => clock.now });
  const transfer = new TransferService(db, flashcards, { ankiImport: importer });
  const backups = new BackupStore({ dir: join(dataDir, 'backups'), now: () => clock.now, log: () => {} });
  const logs: string[] = [];
  const collection = new MediaCollection({ db, media, backups, log: (line) => logs.push(line) });

  const packagePath = join(root, 'deck.apkg');
  writeFileSync(packagePath, writeAnkiPackage(sampleContent(), 'latest'));
  await transfer.importFile(packagePath);
  const hashes = db.prepare('SELECT hash FROM media').pluck().all() as string[];
  const fileOf = (hash: string) => join(dataDir, 'media', hash.slice(0, 2), hash);
  const filesLeft = () => hashes.filter((hash) => existsSync(fileOf(hash)));
  const deckIds = () => flashcards.listDecks().map((deck) => deck.id);
  // Past the grace period, so only use protects a file.
  clock.now += 2 * HOUR;
  return { db, flashcards, media, backups, collection, hashes, filesLeft, deckIds, logs, clock };
}

describe('MediaCollection', () => {
  it('keeps every file of an imported deck while its cards exist, and while deleted cards await Undo', async () => {
    const deck = await importedDeck();
    expect(deck.hashes.length).toBe(2);

    expect(await deck.collection.run()).toMatchObject({ removedMedia: 0, removedFiles: 0 });
    expect(deck.filesLeft()).toEqual(deck.hashes);

    for (const id of deck.deckIds()) deck.flashcards.deleteDeck(id);
    expect(await deck.collection.run()).toMatchObject({ removedMedia: 0, removedFiles: 0 });
    expect(deck.filesLeft()).toEqual(deck.hashes);
    expect(deck.media.count()).toBe(2);
  });

  it('removes the files once the deleted deck is purged (its notes go with their last card)', async () => {
    const deck = await importedDeck();
    for (const id of deck.deckIds()) deck.flashcards.deleteDeck(id);
    deck.flashcards.purgeDeleted(0);
    expect(deck.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);

    const report = await deck.collection.run();
    expect(report).toMatchObject({ removedMedia: 2, removedFiles: 2 });
    expect(deck.filesLeft()).toEqual([]);
    expect(deck.media.count()).toBe(0);
    expect(deck.logs).toEqual([expect.stringMatching(/^Media: removed 2 unused file\(s\)/)]);
  });

  it('keeps the files a kept backup lists, so restoring it shows its images; they go with the backup', async () => {
    const deck = await importedDeck();
    const outcome = await deck.backups.backupLive(deck.db);
    expect(outcome.ok).toBe(true);
    for (const id of deck.deckIds()) deck.flashcards.deleteDeck(id);
    deck.flashcards.purgeDeleted(0);

    expect(await deck.collection.run()).toMatchObject({ removedMedia: 0, removedFiles: 0 });
    expect(deck.filesLeft()).toEqual(deck.hashes);

    for (const backup of deck.backups.list()) rmSync(backup.path);
    expect(await deck.collection.run()).toMatchObject({ removedMedia: 2, removedFiles: 2 });
    expect(deck.filesLeft()).toEqual([]);
  });

  it('collects nothing while a backup cannot be read (its media are unknown), and says why', async () => {
    const deck = await importedDeck();
    const outcome = await deck.backups.backupLive(deck.db);
    if (!outcome.ok) throw new Error(outcome.reason);
    writeFileSync(outcome.backup.path, 'not a database at all, just text that is long enough '.repeat(200));
    for (const id of deck.deckIds()) deck.flashcards.deleteDeck(id);
    deck.flashcards.purgeDeleted(0);

    expect(await deck.collection.run()).toBeNull();
    expect(deck.filesLeft()).toEqual(deck.hashes);
    expect(deck.media.count()).toBe(2);
    expect(deck.logs).toEqual([expect.stringMatching(/^Media not collected: .*not a database/)]);
  });

  it('runs nothing after close', async () => {
    const deck = await importedDeck();
    for (const id of deck.deckIds()) deck.flashcards.deleteDeck(id);
    deck.flashcards.purgeDeleted(0);
    await deck.collection.close();
    expect(await deck.collection.run()).toBeNull();
    expect(deck.filesLeft()).toEqual(deck.hashes);
  });
});
