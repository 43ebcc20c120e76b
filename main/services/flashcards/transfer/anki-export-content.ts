// The database's decks and notes as one .apkg export: plain-text cards as Basic/Cloze notes, notes made
// from Anki note types whole (every field as Anki HTML, note type, cards with scheduling and review
// history), and the media files the exported notes and templates call, by the names they call them.
import type { Database } from 'better-sqlite3';
import type { FlashcardService } from '..';
import {
  fieldForAnki,
  mediaNamesIn,
  type AnkiExportContent,
  type ExportMediaFile,
  type ExportNote,
  type ExportNoteType,
} from '../interchange';
import type { MediaStore } from '../../media';
import { MEDIA_TYPES } from '../../media/sniff';
import { decksForExport } from './deck-export';
import { readNoteExportRows, type NoteCardRow, type NoteExportRows } from './note-export-rows';

/** What an export reads of the media store. */
export type MediaSource = Pick<MediaStore, 'has' | 'open' | 'mimeOf'>;

export interface AnkiExportSources {
  db: Database;
  flashcards: FlashcardService;
  /** null: no media files are written (references stay, as in a deck exported without media). */
  media: MediaSource | null;
  desiredRetention: number;
  /** Cards buried until after this time (epoch ms) go out buried. */
  now: number;
  /** Every stored media file with a name, used or not ("Export all my data"). */
  allMedia?: boolean;
}

/** Names files by their hash: the name notes were imported with, or one made from the hash. */
class MediaNames {
  private readonly hashOfName = new Map<string, string>();
  private readonly nameOfHash = new Map<string, string>();
  readonly used = new Map<string, string>();

  constructor(
    rows: NoteExportRows['mediaNames'],
    private readonly media: MediaSource | null,
  ) {
    for (const { name, hash } of rows) {
      this.hashOfName.set(name, hash);
      if (!this.nameOfHash.has(hash)) this.nameOfHash.set(hash, name);
    }
  }

  /** For fieldForAnki: the name a stored file goes out under (null when it is not in the store). */
  nameOf = (hash: string): string | null => {
    const known = this.nameOfHash.get(hash);
    if (known !== undefined) return known;
    const mime = this.media?.mimeOf(hash);
    if (!mime) return null;
    // A file added in the app's editor has no Anki name: one from its hash and type.
    const name = `${hash.slice(0, 16)}.${MEDIA_TYPES.find((type) => type.mime === mime)?.extension ?? 'bin'}`;
    this.nameOfHash.set(hash, name);
    this.hashOfName.set(name, hash);
    return name;
  };

  /** Marks the names a field or template calls as exported (when their files are stored). */
  use(names: Iterable<string>): void {
    for (const name of names) {
      const hash = this.hashOfName.get(name);
      if (hash !== undefined && this.media?.has(hash)) this.used.set(name, hash);
    }
  }

  /** Names starting with "_" (Anki's files for templates: fonts, scripts) that the text mentions. */
  useTemplateFiles(text: string): void {
    for (const name of this.hashOfName.keys()) if (name.startsWith('_') && text.includes(name)) this.use([name]);
  }

  useAll(): void {
    this.use(this.hashOfName.keys());
  }
}

function exportCard(card: NoteCardRow, reviews: NoteExportRows['reviewsByCard'], now: number) {
  return {
    ord: card.template_ord,
    deck: card.deck_name,
    suspended: card.suspended === 1,
    buried: card.buried_until !== null && card.buried_until > now,
    schedule: {
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays: card.scheduled_days,
      learningSteps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.last_review,
    },
    reviews: (reviews.get(card.id) ?? []).map((review) => ({
      reviewAt: review.review_at,
      rating: review.rating,
      state: review.state,
      scheduledDays: review.scheduled_days,
      difficulty: review.difficulty,
      durationMs: review.duration_ms,
    })),
  };
}

/** Plain decks, notes, note types and media of one deck (deckId) or of every deck (null). */
export function ankiExportContent(sources: AnkiExportSources, deckId: number | null): AnkiExportContent {
  const rows = readNoteExportRows(sources.db, deckId);
  const names = new MediaNames(rows.mediaNames, sources.media);
  const typeIndex = new Map<number, number>();
  const noteTypes: ExportNoteType[] = rows.types.map((type, index) => {
    typeIndex.set(type.id, index);
    names.useTemplateFiles([type.css, ...type.templates.flatMap((t) => [t.front, t.back])].join('\n'));
    const { name, kind, fields, templates, css, sourceId, sortField } = type;
    return { sourceId, name, kind, fields, templates, css, sortField };
  });
  const notes: ExportNote[] = [];
  for (const row of rows.notes) {
    const noteType = typeIndex.get(row.note_type_id);
    const cards = rows.cardsByNote.get(row.id) ?? [];
    if (noteType === undefined || cards.length === 0) continue;
    const count = noteTypes[noteType]!.fields.length;
    const stored = JSON.parse(row.fields) as string[];
    const fields = Array.from({ length: count }, (_, i) => fieldForAnki(stored[i] ?? '', names.nameOf));
    for (const field of fields) names.use(mediaNamesIn(field));
    notes.push({
      guid: row.guid,
      noteType,
      fields,
      tags: rows.tagsByNote.get(row.id) ?? [],
      modifiedAt: row.updated_at,
      cards: cards.map((card) => exportCard(card, rows.reviewsByCard, sources.now)),
    });
  }
  if (sources.allMedia) names.useAll();
  const media: ExportMediaFile[] = [...names.used].map(([name, hash]) => ({
    name,
    open: async () => (sources.media ? sources.media.open(hash) : null),
  }));
  return {
    decks: decksForExport(sources.flashcards, deckId, { noteCards: 'leave-out' }),
    noteTypes,
    notes,
    media,
    desiredRetention: sources.desiredRetention,
  };
}
