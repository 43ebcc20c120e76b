// App-level calls: version and data folder, native file pickers, start-up notices, "Export all my data",
// "Delete all my data".
import { z } from 'zod';
import { pathSchema } from '../schemas';

/**
 * What a native picker chooses: a GGUF model, a GGUF LoRA, a PEFT adapter folder, a flashcard file to
 * import, a JSONL data file to evaluate, or where to save a deck export (.apkg/.csv/.tsv: a save dialog)
 * or the "Export all my data" archive (.zip: a save dialog).
 */
export const pickKindSchema = z.enum([
  'model',
  'lora',
  'peftFolder',
  'cardsImport',
  'evaluationData',
  'cardsExportApkg',
  'cardsExportCsv',
  'cardsExportTsv',
  'dataExport',
]);
export type PickKind = z.infer<typeof pickKindSchema>;

/** What happened to the data file at start-up (restored from a backup, or no backup usable). */
export const startupNoticeSchema = z.strictObject({
  kind: z.enum(['restored', 'unrecoverable']),
  message: z.string(),
  damagedPath: z.string(),
  backupTakenAt: z.number().int().nullable(),
});
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

const count = z.number().int().min(0);

export const dataExportReceiptSchema = z.strictObject({
  path: z.string(),
  bytes: count,
  counts: z.strictObject({
    conversations: count,
    messages: count,
    decks: count,
    cards: count,
    reviewLogs: count,
    settings: count,
    evaluationRuns: count,
    noteTypes: count,
    notes: count,
    media: count,
  }),
  apkg: z.boolean(),
  warnings: z.array(z.string()),
});
export type DataExportReceipt = z.infer<typeof dataExportReceiptSchema>;

/**
 * What "Delete all my data" must carry: the renderer sends it only after the user typed the confirmation
 * word of their language, so no other call can delete everything by accident.
 */
export const DELETE_ALL_CONFIRMATION = 'delete all my data';

export const deletedDataSchema = z.strictObject({
  conversations: count,
  cards: count,
  decks: count,
  backups: count,
});
export type DeletedData = z.infer<typeof deletedDataSchema>;

export const appInvokeChannels = {
  'dialog:pickFile': {
    request: z.strictObject({ kind: pickKindSchema }),
    response: z.strictObject({ path: pathSchema.nullable() }),
  },
  'app:getInfo': {
    request: z.strictObject({}),
    response: z.strictObject({ version: z.string(), dataDir: z.string(), platform: z.string() }),
  },
  /** Messages about the data file from this start (the renderer shows them as a banner). */
  'app:startupNotices': {
    request: z.strictObject({}),
    response: z.strictObject({ notices: z.array(startupNoticeSchema) }),
  },
  /** Writes everything the user has (data.json + decks.apkg in one .zip) to a path from a save dialog. */
  'app:exportAllData': {
    request: z.strictObject({ path: pathSchema }),
    response: dataExportReceiptSchema,
  },
  /**
   * Deletes conversations, cards, decks, reviews, media, servers and their keys, evaluation runs, settings
   * (the installed models and the model choice stay), backups and saved conversation states.
   */
  'app:deleteAllData': {
    request: z.strictObject({ confirmation: z.literal(DELETE_ALL_CONFIRMATION) }),
    response: deletedDataSchema,
  },
} as const;

type Response<C extends keyof typeof appInvokeChannels> = z.output<(typeof appInvokeChannels)[C]['response']>;

export interface AppApi {
  pickFile(kind: PickKind): Promise<Response<'dialog:pickFile'>>;
  getAppInfo(): Promise<Response<'app:getInfo'>>;
  getStartupNotices(): Promise<Response<'app:startupNotices'>>;
  exportAllData(path: string): Promise<Response<'app:exportAllData'>>;
  deleteAllData(confirmation: typeof DELETE_ALL_CONFIRMATION): Promise<Response<'app:deleteAllData'>>;
}
