// Bounded buffer of recent log lines, so errors and crashes can quote what llama.cpp said.

export class LogRing {
  private readonly lines: string[] = [];
  private pushed = 0;

  constructor(private readonly capacity = 200) {}

  push(line: string): void {
    for (const part of line.split('\n')) {
      const trimmed = part.trimEnd();
      if (trimmed === '') continue;
      this.lines.push(trimmed);
      this.pushed++;
    }
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
  }

  /** The newest `count` lines, oldest first. */
  tail(count = this.capacity): string[] {
    return count <= 0 ? [] : this.lines.slice(-count);
  }

  /** A position to later ask for the lines logged after it. */
  mark(): number {
    return this.pushed;
  }

  /** Lines pushed since `mark` that are still in the ring. */
  since(mark: number): string[] {
    return this.tail(Math.min(this.pushed - mark, this.lines.length));
  }
}
