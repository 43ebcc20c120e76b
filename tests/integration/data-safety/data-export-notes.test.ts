// "Export all my data" with imported Anki notes: data.json holds the note types, notes (fields as stored),
// media names and media records, cards with their note columns; decks.apkg carries every named media
// file, and importing it into a fresh data folder gives back the same notes and the same file bytes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DataExportService, DATA_FILE, DECKS_FILE, type ExportedData } from '../../../main/services/data-export';
import { readAnkiPackage } from '../../../main/services/flashcards/interchange';
import { mp3Like } from '../../fixtures/anki/media-samples';
import { sampleContent } from '../../fixtures/anki/package-content';
import { freshApp, IMPORT_NOW, packageFile } from '../anki-import/harness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('Export all my data, with imported notes and media', () => {
  it('writes notes, note types and media names to data.json and the media files into decks.apkg', async () => {
    const content = sampleContent();
    // A file no card uses any more is still the user's: it goes out too.
    const spare = { name: 'spare.mp3', bytes: new Uint8Array([...mp3Like(), 7, 7, 7]) };
    content.media.push(spare);
    const source = freshApp();
    await source.transfer.importFile(packageFile(content));
    const exporter = new DataExportService({
      db: source.db,
      flashcards: source.flashcards,
      version: '9.9.9',
      media: source.media,
      now: () => IMPORT_NOW,
    });
    const path = join(source.dataDir, '..', `everything-${process.pid}.zip`);
    const receipt = await exporter.exportAll(path);
    expect(receipt).toMatchObject({ apkg: true, warnings: [] });
    expect(receipt.counts).toMatchObject({
      notes: content.notes.length,
      noteTypes: content.noteTypes.length,
      media: 3,
      cards: content.cards.length,
    });

    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const data = JSON.parse(strFromU8(files[DATA_FILE]!)) as ExportedData;
    expect(data.formatVersion).toBe(3);
    expect(data.counts).toEqual(receipt.counts);
    expect(data.notes.map((note) => [note.guid, note.fields])).toEqual(
      content.notes.map((note) => [note.guid, note.fields]),
    );
    expect(data.noteTypes.map((type) => [type.name, type.kind, type.fields, type.sourceId])).toEqual(
      content.noteTypes.map((type) => [type.name, type.kind, type.fields, type.id]),
    );
    expect(data.noteTypes[0]!.templates).toEqual(
      content.noteTypes[0]!.templates.map((t) => ({ name: t.name, front: t.qfmt, back: t.afmt })),
    );
    const byName = Object.fromEntries(content.media.map((file) => [file.name, sha256(file.bytes)]));
    expect(Object.fromEntries(data.mediaNames.map((row) => [row.name, row.hash]))).toEqual(byName);
    expect(data.media.map((row) => row.hash).sort()).toEqual(Object.values(byName).sort());
    const cards = data.decks.flatMap((deck) => deck.cards);
    expect(cards.every((card) => card.contentFormat === 'html' && typeof card.noteId === 'number')).toBe(true);
    expect(cards.filter((card) => card.suspended === 1)).toHaveLength(1);

    const pkg = readAnkiPackage(files[DECKS_FILE]!);
    expect(Object.fromEntries(pkg.media.map((file) => [file.name, sha256(file.read())]))).toEqual(byName);
    expect(pkg.notes).toHaveLength(content.notes.length);
    expect(pkg.revlog).toHaveLength(data.reviewLogs.length);

    const apkgPath = join(source.dataDir, '..', `from-everything-${process.pid}.apkg`);
    writeFileSync(apkgPath, files[DECKS_FILE]!);
    const target = freshApp();
    const summary = await target.transfer.importFile(apkgPath);
    expect(summary.anki).toMatchObject({ notes: content.notes.length, media: 3, reviews: data.reviewLogs.length });
    for (const note of content.notes) {
      expect(target.flashcards.notes.repository.findByGuid(note.guid)?.fields).toEqual(note.fields);
    }
    for (const hash of Object.values(byName)) expect(target.media.has(hash)).toBe(true);
    source.db.close();
    target.db.close();
  });
});
