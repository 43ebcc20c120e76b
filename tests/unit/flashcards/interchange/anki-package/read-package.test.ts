// Every package layout Anki writes reads into the same AnkiPackage for the same content.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readAnkiPackage, type AnkiPackage } from '../../../../../main/services/flashcards/interchange/anki/package';
import { ANKI_QUEUE } from '../../../../../main/services/flashcards/interchange/anki/package/types';
import { IDS, sampleContent, type FixtureContent } from '../../../../fixtures/anki/package-content';
import { writeAnkiPackage, type PackageFormat } from '../../../../fixtures/anki/write-anki-package';

const content = sampleContent();

/** What the reader must produce for fixture content, media left out (compared by reading). */
function expected(source: FixtureContent): Omit<AnkiPackage, 'format' | 'media' | 'warnings'> {
  return {
    noteTypes: source.noteTypes.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      fieldNames: t.fields,
      templates: t.templates,
      css: t.css,
      sortFieldIndex: t.sortField,
    })),
    notes: source.notes.map((n) => ({ ...n })),
    cards: source.cards.map(({ home, did, due, ...card }) => ({
      ...card,
      deckId: home?.deckId ?? did,
      due: home?.due ?? due,
    })),
    decks: source.decks,
    revlog: [...source.revlog].sort((a, b) => a.id - b.id),
  };
}

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

describe.each<[PackageFormat, AnkiPackage['format']]>([
  ['latest', { version: 3, collectionFile: 'collection.anki21b', schemaVersion: 18 }],
  ['legacy2', { version: 2, collectionFile: 'collection.anki21', schemaVersion: 11 }],
  ['legacy1', { version: 1, collectionFile: 'collection.anki2', schemaVersion: 11 }],
])('readAnkiPackage on a %s package', (format, expectedFormat) => {
  const pkg = readAnkiPackage(writeAnkiPackage(content, format));

  it('reports its format', () => {
    expect(pkg.format).toEqual(expectedFormat);
    expect(pkg.warnings).toEqual([]);
  });

  it('gives note types, notes (every field as HTML), cards, decks and review log as written', () => {
    const { format: _f, media: _m, warnings: _w, ...rest } = pkg;
    expect(rest).toEqual(expected(content));
  });

  it('reads every media file lazily with its bytes intact; current packages also declare size and sha1', () => {
    expect(pkg.media.map((m) => m.name)).toEqual(content.media.map((m) => m.name));
    pkg.media.forEach((file, i) => {
      const source = content.media[i]?.bytes ?? new Uint8Array();
      expect(Buffer.from(file.read()).equals(Buffer.from(source))).toBe(true);
      if (format === 'latest') {
        expect([file.declaredSize, file.sha1]).toEqual([source.length, sha1(source)]);
      } else {
        expect([file.declaredSize, file.sha1]).toEqual([undefined, undefined]);
      }
    });
  });
});

describe('what the representation says about scheduling', () => {
  const pkg = readAnkiPackage(writeAnkiPackage(content, 'latest'));
  const card = (id: number) => pkg.cards.find((c) => c.id === id);

  it('keeps suspended and buried queues, and sends cards in a filtered deck home', () => {
    expect(pkg.cards.map((c) => c.queue)).toContain(ANKI_QUEUE.suspended);
    expect(card(1_700_000_002_004)?.queue).toBe(ANKI_QUEUE.siblingBuried);
    expect(card(1_700_000_002_005)).toMatchObject({ queue: ANKI_QUEUE.manuallyBuried, deckId: IDS.ecg, due: 27 });
    expect(pkg.decks.find((d) => d.id === IDS.filtered)).toEqual({
      id: IDS.filtered,
      name: 'Catch-up',
      filtered: true,
    });
  });

  it('names nested decks with "::" (schema 18 stores them with 0x1f)', () => {
    expect(pkg.decks.map((d) => d.name)).toContain('Medicine::Cardiology::ECG');
  });

  it('keeps a cloze note type as cloze and a reversed type with both templates', () => {
    const byName = new Map(pkg.noteTypes.map((t) => [t.name, t]));
    expect(byName.get('Cloze')?.kind).toBe('cloze');
    expect(byName.get('Basic (and reversed card)')?.templates.map((t) => t.qfmt)).toEqual(['{{Front}}', '{{Back}}']);
    expect(byName.get('Histology slide')?.fieldNames).toEqual(['Image', 'Structure', 'Stain', 'Notes']);
  });
});

describe('package kinds and odd but valid packages', () => {
  it('reads a package without media and a collection with no notes', () => {
    const empty: FixtureContent = { ...content, notes: [], cards: [], revlog: [], media: [] };
    for (const format of ['latest', 'legacy1'] as const) {
      const pkg = readAnkiPackage(writeAnkiPackage(empty, format, { override: { media: null } }));
      expect([pkg.notes, pkg.cards, pkg.media]).toEqual([[], [], []]);
      expect(pkg.noteTypes).toHaveLength(content.noteTypes.length);
    }
  });

  it('warns about media listed but absent from the zip, and reads the rest', () => {
    const pkg = readAnkiPackage(writeAnkiPackage(content, 'latest', { override: { '1': null } }));
    expect(pkg.media.map((m) => m.name)).toEqual(['alveolus.png']);
    expect(pkg.warnings).toEqual(['1 media file(s) listed in the package are missing from it: lecture.mp3']);
  });

  it('reads collection.anki21b without meta (not written by Anki, but unambiguous)', () => {
    const pkg = readAnkiPackage(writeAnkiPackage(content, 'latest', { override: { meta: null } }));
    expect(pkg.format.collectionFile).toBe('collection.anki21b');
    expect(pkg.notes).toHaveLength(content.notes.length);
  });
});
