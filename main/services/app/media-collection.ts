// Once per start, a while after the window opened: removes media files nothing uses any more (deleted
// decks, replaced images) unless a kept backup still lists them, so restoring a backup keeps its images.
import type { Database } from 'better-sqlite3';
import { mediaInBackups, type BackupStore } from '../backup';
import { mediaInUse } from '../flashcards/notes';
import type { GarbageReport, MediaStore } from '../media';

export interface MediaCollectionDeps {
  db: Database;
  media: MediaStore;
  backups: BackupStore;
  /** Delay after start-up, so opening the window and the first answer are never slowed. Default 2 min. */
  delayMs?: number;
  log?: (message: string) => void;
}

export class MediaCollection {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<GarbageReport | null> | null = null;
  private closed = false;

  constructor(private readonly deps: MediaCollectionDeps) {}

  start(): void {
    this.timer = setTimeout(() => void this.run(), this.deps.delayMs ?? 2 * 60 * 1000);
    this.timer.unref(); // never keeps a process (CLI, tests) alive on its own
  }

  /** Collects now (a running collection is awaited instead); null when closed or a backup is unreadable. */
  run(): Promise<GarbageReport | null> {
    if (this.closed) return Promise.resolve(null);
    this.running ??= this.collect().finally(() => (this.running = null));
    return this.running;
  }

  /** Before the database closes: no new collection, the running one finishes. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    await this.running;
  }

  private async collect(): Promise<GarbageReport | null> {
    const log = this.deps.log ?? ((message) => console.warn(message));
    try {
      const report = await this.deps.media.collectGarbage({
        referenced: () => mediaInUse(this.deps.db),
        kept: () => mediaInBackups(this.deps.backups),
      });
      if (report.removedFiles > 0 || report.recovered > 0) {
        log(
          `Media: removed ${report.removedFiles} unused file(s) (${report.removedBytes} bytes), ` +
            `recorded ${report.recovered} again`,
        );
      }
      return report;
    } catch (error) {
      // A backup that cannot be read hides which files it needs: keep everything until next start.
      log(`Media not collected: ${(error as Error).message}`);
      return null;
    }
  }
}
