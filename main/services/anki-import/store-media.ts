// After the notes commit: the accepted media files streamed from the package into the content-addressed
// store, one at a time (a chunk at a time: no file is held whole).
import { InterchangeFormatError } from '../flashcards/interchange/errors';
import { MediaRejectedError, type MediaStore } from '../media';
import type { CheckedMedia } from './media-check';
import type { AnkiImportProgress } from './types';

export type MediaSink = Pick<MediaStore, 'put' | 'has'>;

/** Writes each file; one that fails (damaged on the second read, disk error) is a warning, not a failure. */
export async function storeMedia(
  sink: MediaSink,
  files: readonly CheckedMedia[],
  warnings: string[],
  onProgress?: (progress: AnkiImportProgress) => void,
): Promise<number> {
  let stored = 0;
  onProgress?.({ phase: 'storing-media', done: 0, total: files.length });
  for (const [index, item] of files.entries()) {
    try {
      const result = await sink.put(item.file.stream(), { name: item.file.name });
      if (result.hash !== item.hash) throw new Error('its content changed between two reads of the package');
      stored++;
    } catch (error) {
      const known = error instanceof MediaRejectedError || error instanceof InterchangeFormatError;
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`Media file "${item.file.name}" could not be stored${known ? '' : ' (an error)'}: ${reason}`);
    }
    onProgress?.({ phase: 'storing-media', done: index + 1, total: files.length });
  }
  return stored;
}
