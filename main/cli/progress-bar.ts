// Progress on stderr: a redrawn bar when stderr is a terminal, otherwise a plain line now and then.

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;
/** Without a terminal, a line at most this often (and always for the last item). */
const LINE_INTERVAL_MS = 5000;

export class ProgressBar {
  private lastLineAt = -Infinity;
  private drawn = false;

  constructor(
    private readonly out: ProgressOutput,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {}

  update(done: number, total: number, detail: string): void {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    if (this.out.isTTY) {
      const filled = Math.round(fraction * BAR_WIDTH);
      const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
      this.out.write(`\r${this.label} [${bar}] ${done}/${total} · ${detail}\u001b[K`);
      this.drawn = true;
      return;
    }
    const time = this.now();
    if (done < total && time - this.lastLineAt < LINE_INTERVAL_MS) return;
    this.lastLineAt = time;
    this.out.write(`${this.label}: ${done}/${total} (${Math.round(fraction * 100)}%) · ${detail}\n`);
  }

  /** Ends the bar's line so later output starts on a fresh one. */
  finish(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
