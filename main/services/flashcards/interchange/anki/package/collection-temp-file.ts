// SQLite reads a file or a whole buffer; a large collection is streamed into a private temp
// folder instead of memory, and the folder is removed after reading, whatever happens.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Prefix of the temp folders, so that leftovers (a killed process) can be recognised. */
export const COLLECTION_TEMP_PREFIX = 'mea-anki-collection-';

export async function writeCollectionToTempFile<T>(
  chunks: AsyncIterable<Uint8Array>,
  read: (path: string) => T,
  tempDir: string = tmpdir(),
): Promise<T> {
  const folder = await mkdtemp(join(tempDir, COLLECTION_TEMP_PREFIX));
  try {
    const path = join(folder, 'collection.sqlite');
    const file = await open(path, 'wx', 0o600);
    try {
      for await (const chunk of chunks) {
        for (let done = 0; done < chunk.byteLength;) {
          done += (await file.write(chunk, done, chunk.byteLength - done)).bytesWritten;
        }
      }
    } finally {
      await file.close();
    }
    return read(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
