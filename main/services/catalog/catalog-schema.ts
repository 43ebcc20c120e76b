// Zod schema of resources/model-catalog.json: what may be downloaded, from where, and how it is verified.
import { z } from 'zod';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');
const gitBlobSchema = z.string().regex(/^[0-9a-f]{40}$/, 'gitBlobSha1 must be 40 lowercase hex digits');
const commitSchema = z.string().regex(/^[0-9a-f]{40}$/, 'revision must be a full commit hash');
const repoSchema = z.string().regex(/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/, 'repo must be "owner/name"');
const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'ids and folders are lowercase slugs');
/** A file name inside the entry's folder: no separators, no "..", so it can never escape the models folder. */
const fileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'file names are plain names without folders')
  .refine((name) => !name.includes('..'), 'file names may not contain ".."');
/** A folder inside a repository ("a/b"), made of plain names. */
const repoFolderSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/, 'folder must be plain names joined by "/"')
  .refine((path) => !path.split('/').includes('..'), 'folder may not contain ".."');

/**
 * How a finished file is checked before it is moved into place:
 * - sha256: against the hash recorded in the catalog;
 * - x-linked-etag: against the SHA-256 Hugging Face sends for LFS files (X-Linked-Etag); refused without it;
 * - git-blob: against the git blob id recorded in the catalog (SHA-1 of `blob <size>\0` + the bytes), which
 *   pins a file published in a git repository without knowing its SHA-256 in advance;
 * - if-sent: against X-Linked-Etag when the server sends one (a user-configured source may not).
 */
export const verifyModeSchema = z.enum(['sha256', 'x-linked-etag', 'git-blob', 'if-sent']);

export const catalogFileSchema = z
  .strictObject({
    path: fileNameSchema,
    sizeBytes: z.number().int().positive().nullable(),
    /** For display and the disk-space check while the exact size is unknown. */
    approxSizeBytes: z.number().int().positive(),
    sha256: sha256Schema.nullable(),
    /** The file's git blob id in its source repository (verify "git-blob"). */
    gitBlobSha1: gitBlobSchema.nullable().optional(),
    verify: verifyModeSchema,
  })
  .refine((file) => (file.verify === 'sha256') === (file.sha256 !== null), {
    message: 'verify is "sha256" exactly when a sha256 is recorded',
  })
  .refine((file) => (file.verify === 'git-blob') === (file.gitBlobSha1 != null), {
    message: 'verify is "git-blob" exactly when a gitBlobSha1 is recorded',
  });

/**
 * Where the adapter's files come from unless the user sets another source URL: a folder of a git
 * repository at a pinned commit, fetched as raw files (`<rawBaseUrl>/<repo>/<revision>/<folder>/<file>`,
 * GitHub's raw layout).
 */
export const defaultSourceSchema = z.strictObject({
  rawBaseUrl: z.url({ protocol: /^https?$/ }),
  /** The repository's page, for people (shown in the app and the README). */
  repoUrl: z.url({ protocol: /^https?$/ }),
  repo: repoSchema,
  revision: commitSchema,
  folder: repoFolderSchema,
});

/** A figure the adapter's authors published for their own training run (shown next to the user's own). */
export const publishedEvaluationSchema = z.strictObject({
  /** Mean cross-entropy per token on the held-out split (Hugging Face Trainer's eval_loss). */
  evalLoss: z.number().positive().finite(),
  /** Training step at which it was measured. */
  step: z.number().int().positive(),
  /** The file in the source repository the figure was read from. */
  source: z.string().min(1).max(300),
  /** How it was measured, and why figures on other data differ. */
  note: z.string().min(1).max(400),
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
    /** Hugging Face repository and pinned commit of a model; null for the adapter (see defaultSource). */
    repo: repoSchema.nullable(),
    revision: commitSchema.nullable(),
    /** Sub-folder of the models folder (the adapter keeps its PEFT files and GGUF together). */
    folder: slugSchema.nullable(),
    baseModel: z.string().max(200).optional(),
    /** The adapter's pinned source; a source URL set by the user overrides it. */
    defaultSource: defaultSourceSchema.nullable().optional(),
    publishedEvaluation: publishedEvaluationSchema.nullable().optional(),
    files: z.array(catalogFileSchema).min(1).max(8),
  })
  .refine((entry) => (entry.kind === 'model') === (entry.repo !== null && entry.revision !== null), {
    message: 'model entries are pinned to a repo and revision; the adapter entry takes its URL from its source',
  })
  .refine((entry) => entry.kind === 'peft-adapter' || entry.defaultSource == null, {
    message: 'only the adapter entry has a defaultSource (models are pinned by repo and revision)',
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
export type DefaultSource = z.infer<typeof defaultSourceSchema>;
export type PublishedEvaluation = z.infer<typeof publishedEvaluationSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
