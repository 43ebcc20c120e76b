// App-level calls: version and data folder, native file pickers.
import { z } from 'zod';
import { pathSchema } from '../schemas';

/**
 * What a native picker chooses: a GGUF model, a GGUF LoRA, a PEFT adapter folder, a flashcard file to
 * import, a JSONL data file to evaluate, or where to save a deck export (.apkg/.csv/.tsv: a save dialog).
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
]);
export type PickKind = z.infer<typeof pickKindSchema>;

export const appInvokeChannels = {
  'dialog:pickFile': {
    request: z.strictObject({ kind: pickKindSchema }),
    response: z.strictObject({ path: pathSchema.nullable() }),
  },
  'app:getInfo': {
    request: z.strictObject({}),
    response: z.strictObject({ version: z.string(), dataDir: z.string(), platform: z.string() }),
  },
} as const;

type Response<C extends keyof typeof appInvokeChannels> = z.output<(typeof appInvokeChannels)[C]['response']>;

export interface AppApi {
  pickFile(kind: PickKind): Promise<Response<'dialog:pickFile'>>;
  getAppInfo(): Promise<Response<'app:getInfo'>>;
}
