// The record of files verified by git blob id: after the first verified download, each file's SHA-256
// and size are written beside it (verified-files.json), so later checks (before every conversion) can
// tell a file that changed on disk from the one that was verified, and the SHA-256 is known from then on.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { CatalogFile } from '../catalog';
import { fileSize } from './entry-state';
import { PartHasher } from './part-hasher';

export const VERIFIED_FILES = 'verified-files.json';

const verifiedFileSchema = z.strictObject({
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  gitBlobSha1: z.string().regex(/^[0-9a-f]{40}$/),
  /** The URL the verified bytes were downloaded from. */
  source: z.string().max(2000),
  verifiedAt: z.number(),
});

const recordSchema = z.strictObject({
  version: z.literal(1),
  files: z.record(z.string().max(200), verifiedFileSchema),
});

export type VerifiedFile = z.infer<typeof verifiedFileSchema>;
export type VerifiedFilesRecord = z.infer<typeof recordSchema>;

/** The record in `dir`; an empty one when it is missing or unreadable (files are then checked by blob id). */
export async function readVerifiedFiles(dir: string): Promise<VerifiedFilesRecord> {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(await readFile(join(dir, VERIFIED_FILES), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or not JSON: nothing recorded yet
  }
  return { version: 1, files: {} };
}

async function writeVerifiedFiles(dir: string, record: VerifiedFilesRecord): Promise<void> {
  const path = join(dir, VERIFIED_FILES);
  // Written to a temporary file and renamed, so a crash never leaves half a record.
  await writeFile(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/** Records (or replaces) what was verified about the file at `path`. */
export async function recordVerifiedFile(path: string, file: VerifiedFile): Promise<void> {
  const dir = dirname(path);
  const record = await readVerifiedFiles(dir);
  await writeVerifiedFiles(dir, { version: 1, files: { ...record.files, [basename(path)]: file } });
}

export async function forgetVerifiedFiles(dir: string): Promise<void> {
  await rm(join(dir, VERIFIED_FILES), { force: true });
  await rm(join(dir, `${VERIFIED_FILES}.tmp`), { force: true });
}

export type StoredFileCheck =
  /** Same size and SHA-256 as recorded after its verified download. */
  | { ok: true; by: 'recorded-sha256' }
  /** No record (downloaded before records existed): its git blob id was checked and is now recorded. */
  | { ok: true; by: 'git-blob' }
  | { ok: false; reason: string };

/**
 * Checks a git-blob-pinned file already on disk before it is used: against its recorded SHA-256 when
 * there is one for the same blob id, else by recomputing its blob id (and then recording the SHA-256).
 */
export async function checkStoredFile(
  path: string,
  file: CatalogFile,
  source: string,
  now: () => number = Date.now,
): Promise<StoredFileCheck> {
  const expectedBlob = file.gitBlobSha1 ?? null;
  if (expectedBlob === null) return { ok: false, reason: `${file.path} has no git blob id in the catalog.` };
  const recorded = (await readVerifiedFiles(dirname(path))).files[basename(path)];
  const size = await fileSize(path);
  if (size === null) return { ok: false, reason: `${path} is missing.` };
  if (recorded && recorded.gitBlobSha1 === expectedBlob) {
    const { sha256 } = (await PartHasher.fromFile(path, size)).digests();
    if (size === recorded.sizeBytes && sha256 === recorded.sha256) return { ok: true, by: 'recorded-sha256' };
    return {
      ok: false,
      reason: `${file.path} changed on disk since it was verified (SHA-256 ${sha256}, recorded ${recorded.sha256}).`,
    };
  }
  const { sha256, gitBlobSha1 } = (await PartHasher.fromFile(path, size, undefined, size)).digests();
  if (gitBlobSha1 !== expectedBlob) {
    return { ok: false, reason: `${file.path} on disk has git blob id ${gitBlobSha1 ?? '?'}, not ${expectedBlob}.` };
  }
  await recordVerifiedFile(path, { sizeBytes: size, sha256, gitBlobSha1: expectedBlob, source, verifiedAt: now() });
  return { ok: true, by: 'git-blob' };
}
