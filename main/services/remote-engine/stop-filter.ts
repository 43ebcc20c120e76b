// Cuts a streamed answer at the first stop string even when the server ignores or splits them: text that could
// still become a stop string is held back until the next piece decides.

export class StopStringFilter {
  private pending = '';
  private stopped = false;
  private readonly holdBack: number;

  constructor(private readonly stopStrings: readonly string[]) {
    this.holdBack = Math.max(0, ...stopStrings.map((stop) => stop.length - 1));
  }

  /** True once a stop string was seen: everything after it is dropped. */
  get hit(): boolean {
    return this.stopped;
  }

  /** Returns the text now safe to emit. */
  push(text: string): string {
    if (this.stopped) return '';
    this.pending += text;
    const at = this.firstStop();
    if (at !== null) {
      this.stopped = true;
      const out = this.pending.slice(0, at);
      this.pending = '';
      return out;
    }
    const keep = this.partialSuffixLength();
    const out = this.pending.slice(0, this.pending.length - keep);
    this.pending = this.pending.slice(this.pending.length - keep);
    return out;
  }

  /** The stream ended: whatever was held back is answer text after all. */
  flush(): string {
    const out = this.stopped ? '' : this.pending;
    this.pending = '';
    return out;
  }

  private firstStop(): number | null {
    let first: number | null = null;
    for (const stop of this.stopStrings) {
      if (stop === '') continue;
      const at = this.pending.indexOf(stop);
      if (at !== -1 && (first === null || at < first)) first = at;
    }
    return first;
  }

  /** Length of the longest end of `pending` that is the start of some stop string. */
  private partialSuffixLength(): number {
    const max = Math.min(this.holdBack, this.pending.length);
    for (let length = max; length > 0; length--) {
      const tail = this.pending.slice(this.pending.length - length);
      if (this.stopStrings.some((stop) => stop.startsWith(tail))) return length;
    }
    return 0;
  }
}
