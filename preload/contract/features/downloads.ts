// Model downloads: the catalog with install state, start/pause/resume/cancel, progress events,
// the adapter's source URL, and "use this model" once a download is installed.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { modelStatusSchema } from '../schemas';
import { textSchema } from '../text';

const empty = z.strictObject({});
const entryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'invalid catalog entry id');
const byteCount = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const shortText = z.string().max(1000);

export const downloadStateSchema = z.enum([
  'not-installed',
  'downloading',
  /** Waiting before the next try after a network error. */
  'retrying',
  'paused',
  /** Checking the SHA-256 of a complete file. */
  'verifying',
  /** Converting the downloaded PEFT adapter to a GGUF LoRA. */
  'converting',
  'installed',
  'failed',
]);

export const downloadErrorCodeSchema = z.enum([
  'network',
  'http',
  'not-found',
  'range',
  'checksum',
  'no-checksum',
  'size',
  'disk-space',
  'disk-full',
  'io',
  'config',
  'conversion',
]);

export const downloadProgressSchema = z.strictObject({
  entryId: entryIdSchema,
  state: downloadStateSchema,
  receivedBytes: byteCount,
  /** Null while the size is not known yet. */
  totalBytes: byteCount.nullable(),
  bytesPerSecond: z.number().nonnegative().nullable(),
  etaSeconds: z.number().nonnegative().nullable(),
  /** Why it failed, in words (e.g. "Checksum mismatch … expected … got …"). */
  error: shortText.nullable(),
  errorCode: downloadErrorCodeSchema.nullable(),
  /** What is happening now ("Retrying in 4 s (try 2 of 5)", "Verifying the SHA-256…"). */
  message: shortText.nullable(),
  /** The file the app loads, once installed. */
  installedPath: z.string().max(LIMITS.pathChars).nullable(),
});

export const defaultSourceViewSchema = z.strictObject({
  /** The folder the files are fetched from (raw files at the pinned commit). */
  folderUrl: z.string().max(2000),
  /** The repository's page, for people. */
  repoUrl: z.string().max(2000),
  repo: z.string().max(200),
  revision: z.string().regex(/^[0-9a-f]{40}$/),
  folder: z.string().max(300),
});

export const publishedEvaluationViewSchema = z.strictObject({
  /** Mean cross-entropy per token on the authors' held-out split; perplexity is exp(evalLoss). */
  evalLoss: z.number().positive().finite(),
  step: z.number().int().positive(),
  /** The file in the source repository the figure comes from. */
  source: z.string().max(300),
  note: z.string().max(400),
  /** Where that file lives (the repository page), when known. */
  repoUrl: z.string().max(2000).nullable(),
  revision: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
});

export const catalogEntryViewSchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(['model', 'peft-adapter']),
  name: z.string().max(200),
  summary: z.string().max(1000),
  quantization: z.string().max(40).nullable(),
  isDefault: z.boolean(),
  license: z.string().max(80).nullable(),
  /** Exact size when the catalog records it; otherwise the approximate one (approximate: true). */
  sizeBytes: byteCount,
  approximate: z.boolean(),
  /**
   * How the download is verified: a SHA-256 recorded in the catalog, the one Hugging Face sends, or the
   * git blob id recorded in the catalog.
   */
  verification: z.enum(['sha256', 'x-linked-etag', 'git-blob', 'if-sent']),
  /** Where it comes from (repository@revision, or the adapter's source folder URL); null when there is none. */
  source: z.string().max(2000).nullable(),
  /** The adapter's pinned default source (a repository folder at a commit); null for models. */
  defaultSource: defaultSourceViewSchema.nullable(),
  /** The adapter has neither a default source nor a source URL: it cannot be downloaded yet. */
  needsSourceUrl: z.boolean(),
  /** The figure the adapter's authors published for their training run (data from the catalog). */
  publishedEvaluation: publishedEvaluationViewSchema.nullable(),
  /** Installed and loaded now (as the model, or as the LoRA adapter). */
  inUse: z.boolean(),
  progress: downloadProgressSchema,
});

export const modelCatalogSchema = z.strictObject({
  modelsDir: z.string().max(LIMITS.pathChars),
  /** Free space on the models folder's disk; null when the OS does not say. */
  freeBytes: byteCount.nullable(),
  /** The adapter source URL the user set (overrides the adapter's default source); null = the default. */
  adapterSourceUrl: z.string().max(2000).nullable(),
  /** No usable model is configured: the app should show the first-run setup screen. */
  firstRun: z.boolean(),
  entries: z.array(catalogEntryViewSchema).max(32),
});

const entryRequest = z.strictObject({ entryId: entryIdSchema });

/** The steps of the first-run setup, in order; a failure names the one it happened in. */
export const setupStepIdSchema = z.enum(['download-model', 'download-adapter', 'verify', 'convert', 'load']);
export const setupStepStateSchema = z.enum(['pending', 'running', 'paused', 'done', 'failed', 'skipped']);

export const setupStatusSchema = z.strictObject({
  /** idle: never started (or nothing planned); running; paused; failed (see failedStep); done: loaded. */
  state: z.enum(['idle', 'running', 'paused', 'failed', 'done']),
  modelEntryId: entryIdSchema.nullable(),
  /** Null when the setup runs without the adapter. */
  adapterEntryId: entryIdSchema.nullable(),
  steps: z
    .array(
      z.strictObject({
        id: setupStepIdSchema,
        state: setupStepStateSchema,
        /** What is happening, or why it failed. */
        detail: shortText.nullable(),
      }),
    )
    .max(5),
  /** The first step that failed, and its error. */
  failedStep: setupStepIdSchema.nullable(),
  error: shortText.nullable(),
  /** Both downloads together, for one progress bar (totals fall back to the catalog's sizes). */
  receivedBytes: byteCount,
  totalBytes: byteCount.nullable(),
  bytesPerSecond: z.number().nonnegative().nullable(),
  etaSeconds: z.number().nonnegative().nullable(),
});

export const downloadsInvokeChannels = {
  'models:catalog': { request: empty, response: modelCatalogSchema },
  'downloads:list': { request: empty, response: z.array(downloadProgressSchema).max(32) },
  'downloads:start': { request: entryRequest, response: downloadProgressSchema },
  'downloads:pause': { request: entryRequest, response: downloadProgressSchema },
  'downloads:resume': { request: entryRequest, response: downloadProgressSchema },
  'downloads:cancel': { request: entryRequest, response: downloadProgressSchema },
  'downloads:setAdapterSource': {
    request: z.strictObject({ url: textSchema(2000).nullable() }),
    response: modelCatalogSchema,
  },
  /** Points settings at an installed entry (model → model file, adapter → LoRA) and loads the model. */
  'models:use': { request: entryRequest, response: modelStatusSchema },
  /**
   * First-run setup: downloads the model and the adapter together, verifies, converts the adapter and
   * loads both. Starting again resumes (Retry); returns at once, progress arrives as 'setup:progress'.
   */
  'setup:start': {
    request: z.strictObject({ modelEntryId: entryIdSchema, adapterEntryId: entryIdSchema.nullable() }),
    response: setupStatusSchema,
  },
  'setup:status': { request: empty, response: setupStatusSchema },
  /** Pauses the setup's downloads (their parts are kept); 'setup:start' resumes. */
  'setup:pause': { request: empty, response: setupStatusSchema },
} as const;

export const downloadsEventChannels = {
  'downloads:progress': downloadProgressSchema,
  'setup:progress': setupStatusSchema,
} as const;

type Channels = typeof downloadsInvokeChannels;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;

export type DownloadState = z.infer<typeof downloadStateSchema>;
export type DownloadErrorCodeName = z.infer<typeof downloadErrorCodeSchema>;
export type DownloadProgress = z.infer<typeof downloadProgressSchema>;
export type CatalogEntryView = z.infer<typeof catalogEntryViewSchema>;
export type SetupStatus = z.infer<typeof setupStatusSchema>;
export type SetupStepId = z.infer<typeof setupStepIdSchema>;
export type SetupStepState = z.infer<typeof setupStepStateSchema>;
export type DefaultSourceView = z.infer<typeof defaultSourceViewSchema>;
export type PublishedEvaluationView = z.infer<typeof publishedEvaluationViewSchema>;
export type ModelCatalogView = z.infer<typeof modelCatalogSchema>;

export interface DownloadsApi {
  getModelCatalog(): Promise<Response<'models:catalog'>>;
  listDownloads(): Promise<Response<'downloads:list'>>;
  startDownload(entryId: string): Promise<Response<'downloads:start'>>;
  pauseDownload(entryId: string): Promise<Response<'downloads:pause'>>;
  resumeDownload(entryId: string): Promise<Response<'downloads:resume'>>;
  cancelDownload(entryId: string): Promise<Response<'downloads:cancel'>>;
  setAdapterSource(url: string | null): Promise<Response<'downloads:setAdapterSource'>>;
  useCatalogEntry(entryId: string): Promise<Response<'models:use'>>;
  startSetup(modelEntryId: string, adapterEntryId: string | null): Promise<Response<'setup:start'>>;
  getSetupStatus(): Promise<Response<'setup:status'>>;
  pauseSetup(): Promise<Response<'setup:pause'>>;
  onDownloadProgress(
    listener: (event: z.output<(typeof downloadsEventChannels)['downloads:progress']>) => void,
  ): () => void;
  onSetupProgress(listener: (event: z.output<(typeof downloadsEventChannels)['setup:progress']>) => void): () => void;
}
