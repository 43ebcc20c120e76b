// Runs one catalog entry to the end: its files one after the other (each resumable and verified),
// then, for the PEFT adapter, the conversion to a GGUF LoRA. Reports progress through callbacks.
// Files pinned by git blob id get their SHA-256 recorded once verified, and are checked against that
// record whenever they are used again (a file changed on disk is downloaded again, never converted).
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DownloadProgress } from '../../../preload/contract/features/downloads';
import { entryPaths, type CatalogEntry, type CatalogFile } from '../catalog';
import { ensureDiskSpace, type StatFs } from './disk-space';
import { DownloadError } from './download-error';
import { fileSize } from './entry-state';
import { downloadFile } from './file-download';
import type { PartHasher } from './part-hasher';
import { partSize } from './part-state';
import type { RetryPolicy } from './retry-policy';
import { checkStoredFile, recordVerifiedFile } from './verified-files';

/** Converts a downloaded PEFT folder to a GGUF LoRA (main/services/peft's convertPeftLora in the app). */
export type AdapterConverter = (input: {
  peftDir: string;
  basePath: string;
  outPath: string;
  source: string;
}) => Promise<{ outPath: string }>;

export interface JobContext {
  entry: CatalogEntry;
  modelsDir: string;
  /** Download URL of each file, in catalog order. */
  urls: string[];
  /** Where the adapter's files came from (recorded in the GGUF by the converter). */
  source: string;
  signal: AbortSignal;
  statfs: StatFs;
  retry: RetryPolicy;
  idleTimeoutMs: number;
  hashers: Map<string, PartHasher>;
  convertAdapter: AdapterConverter | null;
  /** The base model the adapter is converted against (waits for a model download in progress). */
  adapterBase(): Promise<string>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  update(patch: Partial<DownloadProgress>, bytes?: number): void;
}

/** Bytes still to write for the files not yet in place (plus room for the converted adapter). */
async function bytesNeeded(context: JobContext, paths: string[]): Promise<number> {
  let needed = 0;
  for (const [index, file] of context.entry.files.entries()) {
    const path = paths[index] ?? '';
    if ((await fileSize(path)) !== null) continue;
    needed += Math.max(0, (file.sizeBytes ?? file.approxSizeBytes) - (await partSize(path)));
  }
  if (context.entry.kind === 'peft-adapter') {
    // The GGUF LoRA is about as large as the safetensors it is converted from.
    needed += context.entry.files.reduce((sum, file) => sum + (file.sizeBytes ?? file.approxSizeBytes), 0);
  }
  return needed;
}

/** Downloads (and converts) the entry; resolves with the installed path, throws DownloadError or the abort reason. */
export async function runEntryJob(context: JobContext): Promise<string> {
  const { entry, modelsDir } = context;
  const paths = entryPaths(entry, modelsDir);
  await mkdir(paths.dir, { recursive: true });
  await recheckStoredFiles(context, paths.files);
  await ensureDiskSpace(paths.dir, await bytesNeeded(context, paths.files), context.statfs);

  // Sizes of finished files and the totals known so far, for one progress bar over all files.
  const sizes: (number | null)[] = await Promise.all(
    entry.files.map(async (file, index) => (await fileSize(paths.files[index] ?? '')) ?? file.sizeBytes),
  );
  const done: boolean[] = await Promise.all(paths.files.map(async (path) => (await fileSize(path)) !== null));
  const total = () => (sizes.some((size) => size === null) ? null : sizes.reduce<number>((a, b) => a + (b ?? 0), 0));
  const finishedBytes = (except: number) =>
    sizes.reduce<number>((sum, size, index) => (done[index] && index !== except ? sum + (size ?? 0) : sum), 0);

  for (const [index, file] of entry.files.entries()) {
    const destPath = paths.files[index] ?? '';
    const url = context.urls[index] ?? '';
    if (done[index]) continue;
    const result = await downloadFile({
      entryId: entry.id,
      url,
      destPath,
      expectedSha256: file.sha256,
      expectedGitBlobSha1: file.gitBlobSha1 ?? null,
      verify: file.verify,
      expectedSize: file.sizeBytes,
      signal: context.signal,
      retry: context.retry,
      idleTimeoutMs: context.idleTimeoutMs,
      hashers: context.hashers,
      sleep: context.sleep,
      onProgress: (received, fileTotal) => {
        if (fileTotal !== null) sizes[index] = fileTotal;
        const bytes = finishedBytes(index) + received;
        context.update({ state: 'downloading', receivedBytes: bytes, totalBytes: total(), message: null }, bytes);
      },
      onRetry: (attempt, delayMs, error) =>
        context.update({
          state: 'retrying',
          message: `${error.message} Retrying in ${Math.ceil(delayMs / 1000)} s (retry ${attempt} of ${context.retry.maxAttempts}).`,
        }),
      onVerifying: () => context.update({ state: 'verifying', message: verifyingMessage(file) }),
      onSizeKnown: async (fileTotal, remaining) => {
        sizes[index] = fileTotal;
        if (file.sizeBytes === null) await ensureDiskSpace(paths.dir, remaining, context.statfs);
      },
    });
    if (result.gitBlobSha1 !== null) {
      await recordVerifiedFile(result.path, {
        sizeBytes: result.sizeBytes,
        sha256: result.sha256,
        gitBlobSha1: result.gitBlobSha1,
        source: url,
        verifiedAt: Date.now(),
      });
    }
    done[index] = true;
  }

  if (entry.kind !== 'peft-adapter') return paths.installed;
  return convertAdapter(context, paths.dir, paths.installed);
}

function verifyingMessage(file: CatalogFile): string {
  return file.verify === 'git-blob'
    ? `Verifying the git blob id of ${file.path}…`
    : `Verifying the SHA-256 of ${file.path}…`;
}

/** Files pinned by git blob id that are already on disk: checked again; a changed one is deleted and re-fetched. */
async function recheckStoredFiles(context: JobContext, paths: string[]): Promise<void> {
  for (const [index, file] of context.entry.files.entries()) {
    const path = paths[index] ?? '';
    if (file.verify !== 'git-blob' || (await fileSize(path)) === null) continue;
    context.update({ state: 'verifying', message: `Checking ${file.path} on disk…` });
    const check = await checkStoredFile(path, file, context.urls[index] ?? '');
    if (check.ok) continue;
    await rm(path, { force: true });
    context.update({ state: 'downloading', message: `${check.reason} Downloading it again.` });
  }
}

async function convertAdapter(context: JobContext, peftDir: string, installed: string): Promise<string> {
  if (!context.convertAdapter) {
    throw new DownloadError('conversion', 'This build cannot convert PEFT adapters (no converter is available).');
  }
  context.update({
    state: 'converting',
    message: 'Waiting for the base model…',
    bytesPerSecond: null,
    etaSeconds: null,
  });
  const basePath = await context.adapterBase();
  if (context.signal.aborted) throw context.signal.reason;
  context.update({ state: 'converting', message: `Converting the PEFT adapter to a GGUF LoRA for ${basePath}…` });
  // Written under a temporary name and renamed, so a half-written adapter is never picked up.
  const temporary = join(peftDir, '..', `.${context.entry.id}.converting.gguf`);
  try {
    await context.convertAdapter({ peftDir, basePath, outPath: temporary, source: context.source });
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new DownloadError('conversion', `The adapter could not be converted: ${reason}`, false, { cause: error });
  }
  await rename(temporary, installed);
  return installed;
}
