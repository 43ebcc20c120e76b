// The big deck for `npm run bench -- anki-import`: a current-format .apkg (meta 3, zstd schema 18)
// written by the test fixture writer, with Basic, reversed, Cloze and a 4-field image note type,
// tags, nested decks, review history for a share of the cards and thousands of distinct images.
// Generated once and cached in .fixtures/ (never committed).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { resolveFixturesDir } from '../tests/fixtures/fixtures-dir';
import {
  IDS,
  sampleContent,
  type FixtureCard,
  type FixtureContent,
  type FixtureDeck,
  type FixtureNote,
  type FixtureReview,
} from '../tests/fixtures/anki/package-content';
import { writeAnkiPackage } from '../tests/fixtures/anki/write-anki-package';

export interface BigDeckShape {
  notes: number;
  images: number;
  /** Side of each square image in pixels (noisy, so each is a few KiB as real pictures are). */
  imageSide: number;
}

export const DEFAULT_BIG_DECK: BigDeckShape = { notes: 30_000, images: 5_000, imageSide: 96 };

/** Bump when the generated content changes, so stale cached packages are not reused. */
const FIXTURE_VERSION = 2;
const T0 = 1_700_000_000;
const DAY_MS = 86_400_000;

const SYSTEMS = ['Cardiology', 'Pulmonology', 'Nephrology', 'Neurology', 'Endocrinology', 'Hematology'] as const;
const TOPICS = ['atrial fibrillation', 'asthma', 'nephrotic syndrome', 'stroke', 'DKA', 'iron deficiency'];

/** Deterministic pseudo-random numbers, so every generation writes the same package. */
function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A side×side RGB PNG of noise seeded by `index`: distinct bytes (and hash) for every index. */
export function noisyPng(index: number, side: number): Uint8Array {
  // xorshift32: real noise, so the image does not compress (as photos and slides barely do).
  let state = (index + 1) * 2_654_435_761;
  const noise = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 255;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8;
  header[9] = 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < side; y++) {
    const row = Buffer.alloc(1 + side * 3);
    for (let x = 1; x < row.length; x++) row[x] = noise();
    rows.push(row);
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}

function decks(): FixtureDeck[] {
  const list: FixtureDeck[] = [{ id: IDS.defaultDeck, name: 'Default', filtered: false }];
  list.push({ id: 2_000, name: 'Step 1', filtered: false });
  SYSTEMS.forEach((system, i) => {
    list.push({ id: 2_100 + i, name: `Step 1::${system}`, filtered: false });
    list.push({ id: 2_200 + i, name: `Step 1::${system}::Images`, filtered: false });
  });
  return list;
}

/** `shape.notes` notes cycling through the note types, each image used by at least one note. */
export function bigDeckContent(shape: BigDeckShape): FixtureContent {
  const random = rng(7);
  const noteTypes = sampleContent().noteTypes;
  const media = Array.from({ length: shape.images }, (_v, i) => ({
    name: `slide-${String(i).padStart(5, '0')}.png`,
    bytes: noisyPng(i, shape.imageSide),
  }));
  const notes: FixtureNote[] = [];
  const cards: FixtureCard[] = [];
  const revlog: FixtureReview[] = [];
  let cardId = 1_700_100_000_000;
  let reviewId = T0 * 1000;
  let imageNotes = 0;
  const addCard = (noteId: number, ord: number, deckId: number) => {
    const id = cardId++;
    const reviewed = random() < 0.4;
    const card: FixtureCard = {
      id,
      noteId,
      ord,
      did: deckId,
      type: reviewed ? 2 : 0,
      queue: reviewed ? (random() < 0.03 ? -1 : 2) : 0,
      due: reviewed ? 10 + Math.floor(random() * 60) : cards.length + 1,
      ivl: reviewed ? 1 + Math.floor(random() * 40) : 0,
      factor: reviewed ? 2500 : 0,
      reps: reviewed ? 3 : 0,
      lapses: 0,
      left: 0,
      flags: 0,
      mtime: T0 + 60,
    };
    cards.push(card);
    if (reviewed) {
      // Learn, then two reviews a few days apart: a history ts-fsrs can replay.
      const day = Math.floor(random() * 30);
      const at = (d: number) => (reviewId += 1) + (day + d) * DAY_MS;
      revlog.push({ id: at(0), cardId: id, ease: 3, ivl: 1, lastIvl: 0, factor: 0, time: 6_000, type: 0 });
      revlog.push({ id: at(1), cardId: id, ease: 3, ivl: 4, lastIvl: 1, factor: 2500, time: 5_000, type: 1 });
      revlog.push({ id: at(5), cardId: id, ease: 3, ivl: card.ivl, lastIvl: 4, factor: 2500, time: 4_000, type: 1 });
    }
  };
  for (let i = 0; i < shape.notes; i++) {
    const id = 1_700_010_000_000 + i;
    const s = i % SYSTEMS.length;
    const system = SYSTEMS[s] ?? 'Cardiology';
    const topic = TOPICS[s] ?? 'asthma';
    const tags = [system.toLowerCase(), `block::${i % 20}`, ...(i % 7 === 0 ? ['high-yield'] : [])];
    const base = { id, guid: `bench-${i.toString(36)}`, tags, mtime: T0 + i };
    const kind = i % 10;
    if (kind < 4) {
      notes.push({
        ...base,
        noteTypeId: IDS.basic,
        fields: [`Case ${i}: first-line treatment of <b>${topic}</b>?`, `Answer ${i} for ${topic}<br>(see guideline)`],
      });
      addCard(id, 0, 2_100 + s);
    } else if (kind < 6) {
      notes.push({
        ...base,
        noteTypeId: IDS.cloze,
        fields: [`In ${topic}, {{c1::finding ${i}}} suggests {{c2::diagnosis ${i}::diagnosis}}`, `Extra ${i}`],
      });
      addCard(id, 0, 2_100 + s);
      addCard(id, 1, 2_100 + s);
    } else if (kind < 7) {
      notes.push({ ...base, noteTypeId: IDS.reversed, fields: [`Term ${i} (${topic})`, `Definition ${i}`] });
      addCard(id, 0, 2_100 + s);
      addCard(id, 1, 2_100 + s);
    } else {
      const image = media[imageNotes++ % Math.max(1, shape.images)]?.name ?? '';
      notes.push({
        ...base,
        noteTypeId: IDS.histology,
        fields: [`<img src="${image}">`, `Structure ${i}`, i % 2 ? 'H&amp;E' : 'PAS', `Notes on slide ${i}`],
      });
      addCard(id, 0, 2_200 + s);
    }
  }
  // More images than image notes: the rest go on the backs of Basic notes, so every image is used.
  const basics = notes.filter((note) => note.noteTypeId === IDS.basic);
  media.slice(imageNotes).forEach((file, i) => {
    const note = basics[i % Math.max(1, basics.length)];
    if (note) note.fields[1] = `${note.fields[1] ?? ''} <img src="${file.name}">`;
  });
  return { crt: T0 - (T0 % 86_400), noteTypes, decks: decks(), notes, cards, revlog, media };
}

export interface BigDeckFile {
  path: string;
  bytes: number;
  generated: boolean;
  content: { notes: number; cards: number; reviews: number; media: number };
}

/** The cached package for `shape`, written (atomically) when missing or when `regenerate` is set. */
export function ensureBigDeck(shape: BigDeckShape, regenerate = false): BigDeckFile {
  const dir = join(resolveFixturesDir(), 'anki-import');
  const path = join(dir, `big-deck-v${FIXTURE_VERSION}-${shape.notes}n-${shape.images}i-${shape.imageSide}px.apkg`);
  const countsPath = `${path}.json`;
  if (existsSync(path) && existsSync(countsPath) && !regenerate) {
    const content = JSON.parse(readFileSync(countsPath, 'utf8')) as BigDeckFile['content'];
    return { path, bytes: statSync(path).size, generated: false, content };
  }
  mkdirSync(dir, { recursive: true });
  const source = bigDeckContent(shape);
  const content = {
    notes: source.notes.length,
    cards: source.cards.length,
    reviews: source.revlog.length,
    media: source.media.length,
  };
  const bytes = writeAnkiPackage(source, 'latest');
  const temp = `${path}.${process.pid}.partial`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  writeFileSync(countsPath, JSON.stringify(content));
  return { path, bytes: bytes.byteLength, generated: true, content };
}
