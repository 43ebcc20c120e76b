// Decks -> Anki .apkg in the legacy package format every Anki version imports: a zip of a schema 11
// collection.anki2, the media files as entries "0", "1"… and the JSON media map {"0": "name"}.
// exportApkg/writeApkgFile take plain-text decks (built in memory); writeAnkiExportFile takes whole
// notes with note types, scheduling, review history and media, and streams the package into a file.
import { rename, rm, writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import type { InterchangeDeck } from '../types';
import { ZipFileWriter } from '../zip-file-writer';
import { buildCollection, type CollectionOptions } from './export/collection';
import type { AnkiExportContent } from './export/types';

export type ApkgExportOptions = CollectionOptions;

export interface AnkiExportReceipt {
  bytes: number;
  notes: number;
  cards: number;
  reviews: number;
  media: number;
  /** Media files that could not be included (gone from the data folder). */
  warnings: string[];
}

const plainContent = (decks: readonly InterchangeDeck[]): AnkiExportContent => ({
  decks: [...decks],
  noteTypes: [],
  notes: [],
  media: [],
  desiredRetention: 0.9,
});

/** Builds the collection.anki2 bytes for the given plain-text decks. */
export function buildAnkiCollection(decks: readonly InterchangeDeck[], options: ApkgExportOptions = {}): Uint8Array {
  return buildCollection(plainContent(decks), options).bytes;
}

/** Plain-text decks -> .apkg bytes: collection.anki2 plus an empty media map. */
export function exportApkg(decks: readonly InterchangeDeck[], options: ApkgExportOptions = {}): Uint8Array {
  const collection = buildAnkiCollection(decks, options);
  return zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
}

/** Writes an .apkg file of plain-text decks; the file appears only once the whole package is built. */
export async function writeApkgFile(
  path: string,
  decks: readonly InterchangeDeck[],
  options: ApkgExportOptions = {},
): Promise<void> {
  await writeFile(path, exportApkg(decks, options));
}

/**
 * Writes a whole export (plain decks, notes, note types, scheduling, review history, media) to `path`.
 * The package is streamed into `path.partial` and renamed into place once complete, so a failure
 * never leaves a half-written package under the chosen name.
 */
export async function writeAnkiExportFile(
  path: string,
  content: AnkiExportContent,
  options: ApkgExportOptions = {},
): Promise<AnkiExportReceipt> {
  const collection = buildCollection(content, options);
  const partial = `${path}.partial`;
  const writer = await ZipFileWriter.create(partial);
  const warnings: string[] = [];
  try {
    await writer.addDeflated('collection.anki2', collection.bytes);
    const map: Record<string, string> = {};
    let index = 0;
    for (const file of content.media) {
      const stream = await file.open();
      if (stream === null) {
        warnings.push(`Media file "${file.name}" is missing from the data folder; the package does not include it`);
        continue;
      }
      await writer.addStored(String(index), stream);
      map[index] = file.name;
      index++;
    }
    await writer.addDeflated('media', strToU8(JSON.stringify(map)));
    const bytes = await writer.finish();
    await rename(partial, path);
    const { notes, cards, reviews } = collection;
    return { bytes, notes, cards, reviews, media: index, warnings };
  } catch (error) {
    await writer.abort();
    await rm(partial, { force: true });
    throw error;
  }
}
