// Drops whitespace at the very start of a streamed answer (models often begin with " " or "\n").

export class LeadingWhitespaceTrimmer {
  private started = false;

  /** Returns the part of `chunk` to emit ('' while only leading whitespace has arrived). */
  push(chunk: string): string {
    if (this.started) return chunk;
    const trimmed = chunk.trimStart();
    if (trimmed !== '') this.started = true;
    return trimmed;
  }
}
