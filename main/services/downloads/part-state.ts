// The sidecar JSON next to a `.part` file: what the partial bytes are, so a download can resume after
// the app is closed and reopened (no database involved). Without a matching sidecar a part is discarded.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { z } from 'zod';

export const partStateSchema = z.strictObject({
  version: z.literal(1),
  entryId: z.string().max(100),
  file: z.string().max(200),
  /** The SHA-256 the catalog pins, if any: a part made for other bytes must never be resumed. */
  expectedSha256: z.string().nullable(),
  /** The git blob id the catalog pins, if any (absent in sidecars written before blob ids existed). */
  expectedGitBlobSha1: z.string().nullable().optional(),
  /** X-Linked-Etag seen when the download started; a different one later means the file changed. */
  linkedSha256: z.string().nullable(),
  totalBytes: z.number().int().nonnegative().nullable(),
  /** Informational (the part file's size is the truth). */
  receivedBytes: z.number().int().nonnegative(),
  updatedAt: z.number(),
});

export type PartState = z.infer<typeof partStateSchema>;

export function partPathFor(destPath: string): string {
  return `${destPath}.part`;
}

export function sidecarPathFor(destPath: string): string {
  return `${destPath}.part.json`;
}

export async function readPartState(destPath: string): Promise<PartState | null> {
  try {
    const parsed = partStateSchema.safeParse(JSON.parse(await readFile(sidecarPathFor(destPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // missing or unreadable: the part (if any) cannot be trusted
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a sidecar. */
export async function writePartState(destPath: string, state: PartState): Promise<void> {
  const path = sidecarPathFor(destPath);
  await writeFile(`${path}.tmp`, JSON.stringify(state));
  await rename(`${path}.tmp`, path);
}

export async function partSize(destPath: string): Promise<number> {
  try {
    return (await stat(partPathFor(destPath))).size;
  } catch {
    return 0;
  }
}

/** Deletes the part and its sidecar (cancel, checksum failure, a part for other bytes). */
export async function discardPart(destPath: string): Promise<void> {
  await rm(partPathFor(destPath), { force: true });
  await rm(sidecarPathFor(destPath), { force: true });
  await rm(`${sidecarPathFor(destPath)}.tmp`, { force: true });
}
