// A fresh data folder per test: database, flashcards, media store, the Anki importer and the transfer
// service over them, plus package files written from fixture content.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { AnkiImportService, type AnkiImportDeps } from '../../../main/services/anki-import';
import { FlashcardService } from '../../../main/services/flashcards';
import { TransferService } from '../../../main/services/flashcards/transfer';
import { MediaStore } from '../../../main/services/media';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import type { FixtureContent } from '../../fixtures/anki/package-content';
import { writeAnkiPackage, type PackageFormat } from '../../fixtures/anki/write-anki-package';

const root = mkdtempSync(join(tmpdir(), 'mea-anki-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Fixed "now" for imports: 2023-11-20 10:00 local, after every review in the sample. */
export const IMPORT_NOW = new Date(2023, 10, 20, 10, 0, 0).getTime();

export function freshApp(options: Partial<Pick<AnkiImportDeps, 'maxMediaBytes'>> = {}) {
  const dataDir = join(root, `data-${++n}`);
  const db = openDatabase(join(root, `db-${n}.sqlite`));
  const flashcards = new FlashcardService(db, new SettingsRepository(db), { now: () => IMPORT_NOW });
  const media = new MediaStore({ dataDir, db });
  const importer = new AnkiImportService({ db, flashcards, media, now: () => IMPORT_NOW, ...options });
  const transfer = new TransferService(db, flashcards, { ankiImport: importer });
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  /** Files under the media folder (temp files included): none may exist after a failed import. */
  const mediaFiles = (): string[] => {
    try {
      return readdirSync(join(dataDir, 'media'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
    } catch {
      return [];
    }
  };
  return { db, dataDir, flashcards, media, importer, transfer, count, mediaFiles };
}

export type TestApp = ReturnType<typeof freshApp>;

export function packageFile(content: FixtureContent, format: PackageFormat = 'latest', extension = 'apkg'): string {
  const path = join(root, `deck-${++n}.${extension}`);
  writeFileSync(path, writeAnkiPackage(content, format));
  return path;
}
