// Saves a streaming answer at most every intervalMs, so a crash loses under a second of text.
export class ThrottledSaver {
  private lastSavedAt = 0;
  private lastSavedLength = 0;

  constructor(
    private readonly save: (content: string) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  maybeSave(content: string): void {
    const time = this.now();
    if (time - this.lastSavedAt < this.intervalMs || content.length === this.lastSavedLength) return;
    this.save(content);
    this.lastSavedAt = time;
    this.lastSavedLength = content.length;
  }
}
