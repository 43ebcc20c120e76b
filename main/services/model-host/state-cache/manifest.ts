// The state cache's index: one JSON file listing every state file with its key, hashes, size and last use.
// Written to a temp file, fsynced and renamed over the old one, so a crash leaves the old or the new list.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const HEX_64 = /^[0-9a-f]{64}$/;

/** State files are named by this id alone, so a manifest can never point outside the cache folder. */
export const STATE_ID = /^[0-9a-f]{32}$/;

export const manifestEntrySchema = z.object({
  id: z.string().regex(STATE_ID),
  /** The conversation (the host's session key). */
  sessionKey: z.string().min(1).max(1000),
  /** Model file, adapter and scale, prompt profile and runtime version, hashed (see state-identity.ts). */
  identity: z.string().regex(HEX_64),
  /** Tokens the state covers, and their hash (as stored in the state file's header). */
  tokenCount: z.number().int().min(1),
  tokensSha256: z.string().regex(HEX_64),
  /** SHA-256 of the whole state file, checked before every load. */
  sha256: z.string().regex(HEX_64),
  bytes: z.number().int().min(0),
  lastUsedAt: z.number(),
  /** Set while the state is being loaded: found at start-up, the host died loading it. */
  loading: z.boolean().optional(),
});

export const manifestSchema = z.object({
  format: z.literal(1),
  entries: z.array(manifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

export type ManifestRead = { manifest: Manifest; problem: string | null };

/** The manifest in `dir`; a missing one is empty, an unreadable or invalid one is empty with the reason. */
export async function readManifest(dir: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { manifest: emptyManifest(), problem: missing ? null : `unreadable (${(error as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { manifest: emptyManifest(), problem: 'not JSON' };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { manifest: emptyManifest(), problem: 'not a state manifest of format 1' };
  return { manifest: parsed.data, problem: null };
}

export function emptyManifest(): Manifest {
  return { format: 1, entries: [] };
}

/** Replaces the manifest atomically (temp file, fsync, rename, folder fsync). */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const target = path.join(dir, MANIFEST_FILE);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeDurably(temp, JSON.stringify(manifest));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncFolder(dir);
}

async function writeDurably(filePath: string, text: string): Promise<void> {
  const handle = await open(filePath, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file's contents to disk. */
export async function fsyncFile(filePath: string): Promise<void> {
  const handle = await open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (a rename's result); folders cannot be opened for that on Windows. */
export async function fsyncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
