// Caps on what reading one Anki package may unpack (zip bombs, zstd bombs, huge single files).
import { InterchangeFormatError } from '../../errors';

export interface AnkiPackageLimits {
  /** Most entries the zip may list (media-heavy decks have thousands). */
  maxEntries: number;
  /** Most bytes unpacked from the package in all (zip and zstd output together, media reads included). */
  maxTotalBytes: number;
  /** Most bytes of the collection file once unpacked. */
  maxCollectionBytes: number;
  /** Most bytes of the meta file and of the media list once unpacked. */
  maxListBytes: number;
  /** Most bytes of one media file once unpacked. */
  maxMediaFileBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_ANKI_PACKAGE_LIMITS: AnkiPackageLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 1024 * MIB,
  maxCollectionBytes: 1024 * MIB,
  maxListBytes: 64 * MIB,
  maxMediaFileBytes: 64 * MIB,
};

/** "1 GiB", "1.5 MiB", "300 bytes": limits as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB) return `${Number((bytes / 1024 / MIB).toFixed(1))} GiB`;
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** Counts unpacked bytes against maxTotalBytes across every read from one package. */
export class ByteBudget {
  private used = 0;

  constructor(
    private readonly total: number,
    private readonly label: string,
  ) {}

  /** The most one read may still produce: its own cap, or what is left of the total. */
  capFor(ownCap: number): number {
    return Math.max(0, Math.min(ownCap, this.total - this.used));
  }

  /** Refuses up front a read whose declared size no longer fits in what is left. */
  ensureRoom(declaredBytes: number): void {
    if (this.used + declaredBytes > this.total) throw this.exceeded();
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.total) throw this.exceeded();
  }

  private exceeded(): InterchangeFormatError {
    return new InterchangeFormatError(
      `${this.label} would unpack to more than ${formatBytes(this.total)} in all; refusing to open it`,
    );
  }
}
