// Unzips only the entries asked for, with caps on entry count and uncompressed bytes (zip bombs).
import { unzipSync } from 'fflate';
import { InterchangeFormatError } from '../errors';

export interface ZipLimits {
  /** Most entries the archive may list (media-heavy decks have thousands). */
  maxEntries: number;
  /** Most uncompressed bytes of all extracted entries together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100_000, maxTotalBytes: 1024 * 1024 * 1024 };

export interface UnzipResult {
  /** All entry names in the archive. */
  names: string[];
  /** Bytes of the wanted entries that exist. */
  files: Map<string, Uint8Array>;
}

/**
 * Lists the archive and inflates only `wanted` entries. Sizes are checked from the directory
 * before inflating; fflate inflates into a buffer of the declared size, so a lying entry is
 * truncated (and then fails as corrupt) rather than growing past the cap.
 */
export function safeUnzip(bytes: Uint8Array, wanted: readonly string[], limits: ZipLimits, label: string): UnzipResult {
  const names: string[] = [];
  let total = 0;
  let extracted: Record<string, Uint8Array>;
  try {
    extracted = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (names.length > limits.maxEntries) {
          throw new InterchangeFormatError(`${label} has more than ${limits.maxEntries} entries; refusing to open it`);
        }
        if (!wanted.includes(file.name)) return false;
        total += file.originalSize;
        if (total > limits.maxTotalBytes) {
          throw new InterchangeFormatError(
            `${label} would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MiB; refusing to open it`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InterchangeFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InterchangeFormatError(`${label} is not a valid zip archive (${reason})`, { cause: error });
  }
  return { names, files: new Map(Object.entries(extracted)) };
}
