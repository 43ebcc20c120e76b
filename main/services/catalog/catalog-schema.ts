// Zod schema of resources/model-catalog.json: what may be downloaded, from where, and how it is verified.
import { z } from 'zod';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');
const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'ids and folders are lowercase slugs');
/** A file name inside the entry's folder: no separators, no "..", so it can never escape the models folder. */
const fileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'file names are plain names without folders')
  .refine((name) => !name.includes('..'), 'file names may not contain ".."');

/**
 * How a finished file is checked before it is moved into place:
 * - sha256: against the hash recorded in the catalog;
 * - x-linked-etag: against the SHA-256 Hugging Face sends for LFS files (X-Linked-Etag); refused without it;
 * - if-sent: against X-Linked-Etag when the server sends one (a user-configured source may not).
 */
export const verifyModeSchema = z.enum(['sha256', 'x-linked-etag', 'if-sent']);

export const catalogFileSchema = z
  .strictObject({
    path: fileNameSchema,
    sizeBytes: z.number().int().positive().nullable(),
    /** For display and the disk-space check while the exact size is unknown. */
    approxSizeBytes: z.number().int().positive(),
    sha256: sha256Schema.nullable(),
    verify: verifyModeSchema,
  })
  .refine((file) => (file.verify === 'sha256') === (file.sha256 !== null), {
    message: 'verify is "sha256" exactly when a sha256 is recorded',
  });

export const catalogEntrySchema = z
  .strictObject({
    id: slugSchema,
    kind: z.enum(['model', 'peft-adapter']),
    name: z.string().min(1).max(120),
    summary: z.string().max(400),
    quantization: z.string().max(20).nullable(),
    isDefault: z.boolean(),
    license: z.string().max(40).nullable(),
    /** Hugging Face repository and pinned commit; null for the adapter, whose source URL is a setting. */
    repo: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/)
      .nullable(),
    revision: z
      .string()
      .regex(/^[0-9a-f]{40}$/, 'revision must be a full commit hash')
      .nullable(),
    /** Sub-folder of the models folder (the adapter keeps its PEFT files and GGUF together). */
    folder: slugSchema.nullable(),
    baseModel: z.string().max(200).optional(),
    files: z.array(catalogFileSchema).min(1).max(8),
  })
  .refine((entry) => (entry.kind === 'model') === (entry.repo !== null && entry.revision !== null), {
    message: 'model entries are pinned to a repo and revision; the adapter entry takes its URL from settings',
  });

export const catalogSchema = z.strictObject({
  version: z.literal(1),
  description: z.string(),
  urlBase: z.url({ protocol: /^https?$/ }),
  entries: z
    .array(catalogEntrySchema)
    .min(1)
    .max(32)
    .refine((entries) => new Set(entries.map((e) => e.id)).size === entries.length, 'entry ids must be unique'),
});

export type VerifyMode = z.infer<typeof verifyModeSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
