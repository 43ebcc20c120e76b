// Coalesces streamed text into small deltas sent at most once per interval, so a fast model
// does not cost one IPC message (and one renderer update) per token.
export class DeltaBatcher {
  private pending = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (delta: string) => void,
    private readonly intervalMs = 16,
  ) {}

  push(text: string): void {
    this.pending += text;
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const delta = this.pending;
    this.pending = '';
    this.send(delta);
  }
}
