// Importing local files: a GGUF model or LoRA (checked before any native load) and a PEFT adapter folder
// (converted to a GGUF LoRA for the current base model); imported files are listed and become the current choice.
import { z } from 'zod';
import { pathSchema, settingsSchema } from '../schemas';

export const importKindSchema = z.enum(['model', 'lora']);

export const libraryEntrySchema = z.strictObject({
  id: z.string().min(1).max(64),
  kind: importKindSchema,
  /** general.name from the file, else its file name. */
  name: z.string(),
  /** Where the app uses it from (the original, or the copy in the data folder). */
  path: z.string(),
  /** reference: used where it is; copy: copied into the data folder; peft: converted from a PEFT folder. */
  source: z.enum(['reference', 'copy', 'peft']),
  /** The file or PEFT folder the user chose. */
  originalPath: z.string(),
  sizeBytes: z.number().int().min(0),
  architecture: z.string().nullable(),
  /** LoRA only: rank (the largest, when modules differ), alpha, and the base file it was checked against. */
  rank: z.number().int().min(1).nullable(),
  alpha: z.number().nullable(),
  baseModel: z.string().nullable(),
  /** Things the user should know, e.g. conversion warnings. */
  warnings: z.array(z.string()),
  importedAt: z.number(),
});

export const importResultSchema = z.strictObject({
  entry: libraryEntrySchema,
  /** Settings after the import: the imported file is now the current model or adapter. */
  settings: settingsSchema,
  /** What else changed, e.g. an adapter that no longer fits the new model was turned off. */
  notices: z.array(z.string()),
});

export const libraryInvokeChannels = {
  'library:list': {
    request: z.strictObject({}),
    response: z.array(libraryEntrySchema),
  },
  'library:importFile': {
    request: z.strictObject({
      kind: importKindSchema,
      path: pathSchema,
      /** Copy into the app's data folder instead of using the file where it is (the default). */
      copy: z.boolean().optional(),
    }),
    response: importResultSchema,
  },
  'library:importPeft': {
    request: z.strictObject({ dir: pathSchema }),
    response: importResultSchema,
  },
} as const;

export type ImportKind = z.infer<typeof importKindSchema>;
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;
export type ImportResult = z.infer<typeof importResultSchema>;

type Request<C extends keyof typeof libraryInvokeChannels> = z.input<(typeof libraryInvokeChannels)[C]['request']>;
type Response<C extends keyof typeof libraryInvokeChannels> = z.output<(typeof libraryInvokeChannels)[C]['response']>;

export interface LibraryApi {
  listLibrary(): Promise<Response<'library:list'>>;
  importModelFile(request: Request<'library:importFile'>): Promise<Response<'library:importFile'>>;
  importPeftFolder(dir: string): Promise<Response<'library:importPeft'>>;
}
