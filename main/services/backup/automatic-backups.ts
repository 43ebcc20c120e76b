// When backups are taken while the app runs: shortly after start-up and hourly checks when the last is a day old, and at quit.
import type { Database } from 'better-sqlite3';
import type { BackupOutcome, BackupStore } from './backup-store';

export interface AutomaticBackupsOptions {
  /** Delay after start-up before the first check, so opening the window is never slowed. Default 5 s. */
  startDelayMs?: number;
  /** How often a running app checks whether a day has passed. Default one hour. */
  checkEveryMs?: number;
  /** Age at which a new backup is due. Default one day. */
  maxAgeMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class AutomaticBackups {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<BackupOutcome> | null = null;
  private closed = false;

  constructor(
    private readonly store: BackupStore,
    private readonly db: Database,
    private readonly options: AutomaticBackupsOptions = {},
  ) {}

  start(): void {
    const first = setTimeout(() => void this.runIfDue(), this.options.startDelayMs ?? 5000);
    const hourly = setInterval(() => void this.runIfDue(), this.options.checkEveryMs ?? 60 * 60 * 1000);
    // Timers must never keep a process (CLI, tests) alive on their own.
    first.unref();
    hourly.unref();
    this.timers = [first, hourly];
  }

  /** Takes a backup if one is due; an already running backup is awaited instead of starting another. */
  async runIfDue(): Promise<BackupOutcome | null> {
    if (this.running) return this.running;
    if (this.closed || !this.store.isDue(this.options.maxAgeMs ?? DAY_MS)) return null;
    this.running = this.store.backupLive(this.db).finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves once no backup is being written (one running is finished, whatever its outcome). */
  async idle(): Promise<void> {
    await this.running?.catch(() => null);
  }

  /** At quit, before the database closes: finish a running backup, or take one if the last is a day old. */
  async beforeClose(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.runIfDue();
    this.closed = true;
  }
}
