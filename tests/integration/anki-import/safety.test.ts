// What must not happen: a hostile media file (not an image, or over the size cap) costing the rest of
// the deck, or a cancelled or failed import leaving anything behind in the database or the media folder.
import { describe, expect, it, vi } from 'vitest';
import { readAnkiPackageFile } from '../../../main/services/flashcards/interchange';
import { TAG_MAX_CHARS, TAGS_PER_CARD_MAX } from '../../../main/services/flashcards';
import { MAX_MEDIA_FILE_BYTES } from '../../../main/services/media';
import { IDS, sampleContent } from '../../fixtures/anki/package-content';
import { freshApp, packageFile, type TestApp } from './harness';

function expectNothingWritten(app: TestApp) {
  for (const table of ['notes', 'note_types', 'cards', 'decks', 'review_logs', 'media_names', 'media']) {
    expect(app.count(table), table).toBe(0);
  }
  expect(app.mediaFiles()).toEqual([]);
}

describe('hostile media', () => {
  it('a .png that is not an image and a file over 50 MB become warnings; everything else is imported', async () => {
    const content = sampleContent();
    const huge = new Uint8Array(MAX_MEDIA_FILE_BYTES + 1);
    huge.set([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]); // an ID3 header: looks like MP3
    content.media.push(
      { name: 'evil.png', bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>') },
      { name: 'lecture-full.mp3', bytes: huge },
    );
    content.notes.push({
      id: 1_700_000_001_099,
      guid: 'Hx9-hostile',
      noteTypeId: IDS.basic,
      fields: ['Which valve? <img src="evil.png">', 'Mitral [sound:lecture-full.mp3]'],
      tags: [],
      mtime: 1_700_000_009,
    });
    content.cards.push({ ...content.cards[0]!, id: 1_700_000_002_099, noteId: 1_700_000_001_099 });
    const app = freshApp();
    const result = await app.importer.importPackage(await readAnkiPackageFile(packageFile(content)));

    expect(result).toMatchObject({ notes: content.notes.length, cards: content.cards.length, media: 2 });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Media file "evil\.png" was not imported: .*not an image or audio file/),
        expect.stringMatching(/^Media file "lecture-full\.mp3" was not imported: .*too large/),
        expect.stringMatching(/2 media file\(s\) the cards use are not available.*evil\.png, lecture-full\.mp3/),
      ]),
    );
    expect(app.media.count()).toBe(2);
    expect(app.flashcards.notes.repository.mediaHash('evil.png')).toBeNull();
    const note = app.flashcards.notes.repository.findByGuid('Hx9-hostile')!;
    const [card] = app.flashcards.notes.cardStore.cardsOf(note.id).map((ref) => app.flashcards.getCard(ref.id));
    expect(card!.front).toContain('[missing image: evil.png]');
    expect(card!.back).toContain('[missing audio: lecture-full.mp3]');
    expect(card!.front).not.toMatch(/<script|<img/);
    app.db.close();
  });
});

describe('Cancel', () => {
  it.each(['checking-media', 'saving-notes'] as const)('during %s: nothing is written', async (phase) => {
    const app = freshApp();
    const pkg = await readAnkiPackageFile(packageFile(sampleContent()));
    const controller = new AbortController();
    const seen: string[] = [];
    const importing = app.importer.importPackage(pkg, {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress.phase);
        if (progress.phase === phase && progress.done === 1 - Number(phase === 'saving-notes')) controller.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).not.toContain('storing-media');
    expectNothingWritten(app);
    app.db.close();
  });

  it('through the transfer service: a clear message, nothing saved', async () => {
    const app = freshApp();
    const controller = new AbortController();
    controller.abort();
    await expect(
      app.transfer.importFile(packageFile(sampleContent()), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'conflict', message: 'The import was cancelled; nothing was saved' });
    expectNothingWritten(app);
    app.db.close();
  });

  it('reports progress through every phase, ending with every file stored', async () => {
    const content = sampleContent();
    const app = freshApp();
    const progress: string[] = [];
    await app.importer.importPackage(await readAnkiPackageFile(packageFile(content)), {
      onProgress: ({ phase, done, total }) => progress.push(`${phase} ${done}/${total}`),
    });
    expect(progress[0]).toBe(`checking-media 0/${content.media.length}`);
    expect(progress).toContain(`saving-notes ${content.notes.length}/${content.notes.length}`);
    expect(progress.at(-1)).toBe(`storing-media ${content.media.length}/${content.media.length}`);
    app.db.close();
  });
});

describe('a failure inside the transaction', () => {
  it('rolls back every note, card, deck and log, and no media file is written', async () => {
    const app = freshApp();
    const insert = app.flashcards.notes.cardStore.insert.bind(app.flashcards.notes.cardStore);
    let calls = 0;
    vi.spyOn(app.flashcards.notes.cardStore, 'insert').mockImplementation((card) => {
      if (++calls === 3) throw new Error('disk full');
      return insert(card);
    });
    await expect(app.transfer.importFile(packageFile(sampleContent()))).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expectNothingWritten(app);
    app.db.close();
  });
});

describe('tags a card cannot hold', () => {
  it('are left out with one warning naming them; the note and its other tags are imported', async () => {
    const content = sampleContent();
    const tooLong = `#AK_Step1::${'x'.repeat(TAG_MAX_CHARS)}`;
    const many = Array.from({ length: TAGS_PER_CARD_MAX + 5 }, (_, i) => `t${String(i).padStart(3, '0')}`);
    content.notes[0] = { ...content.notes[0]!, tags: ['pharm', tooLong, ...many] };
    const app = freshApp();
    const result = await app.importer.importPackage(await readAnkiPackageFile(packageFile(content)));

    const note = app.flashcards.notes.repository.findByGuid(content.notes[0].guid)!;
    const [card] = app.flashcards.notes.cardStore.cardsOf(note.id).map((ref) => app.flashcards.getCard(ref.id));
    expect(card!.tags).toHaveLength(TAGS_PER_CARD_MAX);
    expect(card!.tags).toContain('pharm');
    expect(card!.tags).not.toContain(tooLong);
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^7 tag\(s\) were left out .*#AK_Step1::x+/)]),
    );
    app.db.close();
  });
});
