// Puts imported files into the data folder: safe names, never overwriting a file (it may be memory-mapped by the
// model host, and truncating a mapped file kills that process), and whole files only (temp copy, then rename).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, extname, join, relative, isAbsolute } from 'node:path';

const MAX_NAME_CHARS = 100;
const MAX_ATTEMPTS = 1000;

/** A file name that is safe on every platform: letters, digits, dot, dash and underscore, ending in .gguf. */
export function safeGgufName(name: string): string {
  const stem = basename(name, extname(name))
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_NAME_CHARS);
  return `${stem === '' ? 'imported' : stem}.gguf`;
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Claims a new, empty file in `folder` named like `fileName` (name.gguf, name-2.gguf, …) and returns its path.
 * Creating it exclusively ('wx') makes the claim safe even if two imports run at once.
 */
export async function claimNewFile(folder: string, fileName: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const ext = extname(fileName);
  const stem = basename(fileName, ext);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const candidate = join(folder, attempt === 1 ? fileName : `${stem}-${attempt}${ext}`);
    try {
      const handle = await open(candidate, 'wx');
      await handle.close();
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`No free file name for ${fileName} in ${folder}`);
}

/** Copies `source` into `folder` under a new name; the destination only ever holds a complete copy. */
export async function copyIntoFolder(source: string, folder: string): Promise<string> {
  const destination = await claimNewFile(folder, safeGgufName(source));
  const temp = `${destination}.${randomBytes(4).toString('hex')}.part`;
  try {
    await copyFile(source, temp, constants.COPYFILE_FICLONE);
    await rename(temp, destination);
    return destination;
  } catch (error) {
    await rm(temp, { force: true });
    await rm(destination, { force: true });
    throw error;
  }
}
