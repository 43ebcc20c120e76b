// Decides whether a renderer that died may be reloaded at once, or whether it keeps dying and the
// user should choose. Pure (no Electron), so it is unit-tested under Node.

export class CrashLoopGuard {
  private readonly recent: number[] = [];

  constructor(
    /** Reloads allowed within `windowMs` before asking. */
    private readonly maxReloads = 3,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true if the page may be reloaded without asking. */
  mayReload(): boolean {
    const at = this.now();
    while (this.recent.length > 0 && at - this.recent[0]! > this.windowMs) this.recent.shift();
    this.recent.push(at);
    return this.recent.length <= this.maxReloads;
  }
}
