// The big-deck generator behind `npm run bench -- anki-import`: every note type, every image
// distinct and used by a note, review history for a share of the cards, and a package that reads.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bigDeckContent, noisyPng } from '../../../bench/anki-import-fixture';
import { readAnkiPackage } from '../../../main/services/flashcards/interchange';
import { IDS } from '../../fixtures/anki/package-content';
import { writeAnkiPackage } from '../../fixtures/anki/write-anki-package';

describe('bigDeckContent', () => {
  const content = bigDeckContent({ notes: 300, images: 120, imageSide: 8 });

  it('uses every note type and puts cards in nested decks', () => {
    expect(content.notes).toHaveLength(300);
    expect(new Set(content.notes.map((n) => n.noteTypeId))).toEqual(
      new Set([IDS.basic, IDS.reversed, IDS.cloze, IDS.histology]),
    );
    const deckNames = new Map(content.decks.map((d) => [d.id, d.name]));
    expect(content.cards.every((c) => (deckNames.get(c.did) ?? '').startsWith('Step 1::'))).toBe(true);
    expect(content.revlog.length).toBeGreaterThan(content.cards.length / 2);
  });

  it('references every image from a note, and every image is a distinct PNG', () => {
    const text = content.notes.flatMap((n) => n.fields).join('\n');
    for (const file of content.media) expect(text).toContain(`<img src="${file.name}">`);
    const hashes = content.media.map((m) => createHash('sha256').update(m.bytes).digest('hex'));
    expect(new Set(hashes).size).toBe(content.media.length);
    expect([...noisyPng(1, 8).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('writes a current-format package the reader takes as it is', () => {
    const pkg = readAnkiPackage(writeAnkiPackage(content, 'latest'));
    expect([pkg.notes.length, pkg.cards.length, pkg.revlog.length, pkg.media.length]).toEqual([
      content.notes.length,
      content.cards.length,
      content.revlog.length,
      content.media.length,
    ]);
  });
});
