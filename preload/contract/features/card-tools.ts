// Card tools: "Make cards" with the model, saving the kept proposals, Anki/CSV/TSV export and import
// (with progress events and Cancel).
import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema, pathSchema, requestIdSchema } from '../schemas';
import { textSchema } from '../text';

/** Mirrors the flashcards contract's caps (20 KB sides, tags as LIMITS allows). */
const SIDE_CHARS = 20 * 1024;
const sideSchema = textSchema(SIDE_CHARS, { min: 1 });
const noteTypeSchema = z.enum(['basic', 'cloze']);

export const transferFormatSchema = z.enum(['apkg', 'csv', 'tsv']);

export const cardProposalSchema = z.strictObject({
  front: z.string(),
  back: z.string(),
  type: noteTypeSchema,
  /** The deck already has a card with this front. */
  duplicate: z.boolean(),
});

export const importSummarySchema = z.strictObject({
  decks: z.array(
    z.strictObject({ id: idSchema, name: z.string(), created: z.boolean(), added: z.number().int().min(0) }),
  ),
  cardsAdded: z.number().int().min(0),
  duplicatesSkipped: z.number().int().min(0),
  warnings: z.array(z.string()),
  /** Anki packages only: notes added, notes updated in place (same GUID), cards, media files, review logs. */
  anki: z
    .strictObject({
      notes: z.number().int().min(0),
      cards: z.number().int().min(0),
      media: z.number().int().min(0),
      reviews: z.number().int().min(0),
      updated: z.number().int().min(0),
    })
    .optional(),
});

/**
 * reading: the file is read and checked; checking-media: each media file hashed and typed; saving-notes:
 * the one transaction; storing-media: files written after it committed (Cancel no longer applies).
 */
export const importPhaseSchema = z.enum(['reading', 'checking-media', 'saving-notes', 'storing-media']);

const progressCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const importProgressSchema = z.strictObject({
  requestId: requestIdSchema,
  phase: importPhaseSchema,
  done: progressCount,
  total: progressCount,
});

export const cardToolsInvokeChannels = {
  /** Asks the model for cards from an answer or a topic; nothing is saved yet. */
  'cards:generate': {
    request: z.strictObject({
      source: z.union([
        z.strictObject({ answerMessageId: idSchema }),
        z.strictObject({ topic: textSchema(500, { trim: true, min: 1 }) }),
      ]),
      deckId: idSchema,
    }),
    response: z.strictObject({ proposals: z.array(cardProposalSchema), method: z.enum(['grammar', 'text']) }),
  },
  /** Saves the kept proposals in one transaction; fronts the deck already has are skipped. */
  'cards:createMany': {
    request: z.strictObject({
      deckId: idSchema,
      cards: z
        .array(
          z.strictObject({
            front: sideSchema,
            back: textSchema(SIDE_CHARS),
            noteType: noteTypeSchema.optional(),
            tags: z.array(textSchema(LIMITS.tagChars)).max(LIMITS.tagsPerCard).optional(),
          }),
        )
        .min(1)
        .max(100),
      sourceMessageId: idSchema.nullable().optional(),
    }),
    response: z.strictObject({ created: z.number().int().min(0), skippedDuplicates: z.number().int().min(0) }),
  },
  /** Writes one deck (deckId) or all decks (null) to a file the user chose. */
  'cards:export': {
    request: z.strictObject({ deckId: idSchema.nullable(), format: transferFormatSchema, path: pathSchema }),
    response: z.strictObject({
      path: z.string(),
      format: transferFormatSchema,
      decks: z.number().int().min(0),
      cards: z.number().int().min(0),
      bytes: z.number().int().min(0),
      /** .apkg: media files in the package, and files that could not be included. */
      media: z.number().int().min(0).optional(),
      warnings: z.array(z.string()).optional(),
    }),
  },
  /**
   * Imports an .apkg/.colpkg/.csv/.tsv file: decks by name (created if missing); text files skip duplicates.
   * With a requestId, progress arrives as 'cards:importProgress' and 'cards:importCancel' can stop it; a
   * cancelled import fails with 'conflict' ("The import was cancelled; nothing was saved").
   */
  'cards:import': {
    request: z.strictObject({ path: pathSchema, requestId: requestIdSchema.optional() }),
    response: importSummarySchema,
  },
  /** Cancels a running import; cancelled: false when it is unknown or already saved (its media still finishing). */
  'cards:importCancel': {
    request: z.strictObject({ requestId: requestIdSchema }),
    response: z.strictObject({ cancelled: z.boolean() }),
  },
} as const;

export const cardToolsEventChannels = {
  /** At most a few per second per import; every phase change and each phase's end are sent. */
  'cards:importProgress': importProgressSchema,
} as const;

type Channels = typeof cardToolsInvokeChannels;
type Request<C extends keyof Channels> = z.input<Channels[C]['request']>;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;

export type CardProposal = z.infer<typeof cardProposalSchema>;
export type ImportSummary = z.infer<typeof importSummarySchema>;
export type TransferFormat = z.infer<typeof transferFormatSchema>;
export type ImportPhase = z.infer<typeof importPhaseSchema>;
export type ImportProgress = z.infer<typeof importProgressSchema>;

export interface CardToolsApi {
  generateCards(request: Request<'cards:generate'>): Promise<Response<'cards:generate'>>;
  createCards(request: Request<'cards:createMany'>): Promise<Response<'cards:createMany'>>;
  exportCards(request: Request<'cards:export'>): Promise<Response<'cards:export'>>;
  /** With a requestId: progress events for it, and cancelImport(requestId) stops it. */
  importCards(path: string, options?: { requestId?: string }): Promise<Response<'cards:import'>>;
  cancelImport(requestId: string): Promise<Response<'cards:importCancel'>>;
  onImportProgress(listener: (event: ImportProgress) => void): () => void;
}
