// Coalesces streamed text to at most one message per frame, without delaying a lone delta: used by
// the model host (deltas to main) and by main (deltas to the renderer).

/**
 * When a delta that finds the last send at least a frame old goes out: 'now' (synchronously), or
 * 'next-turn' (on the next turn of the event loop). The model host uses 'next-turn': its token
 * callback runs between one decode and the next, and serializing an IPC message there would delay
 * the next decode; on the next turn it overlaps with it instead.
 */
export type LeadingSend = 'now' | 'next-turn';

/**
 * Leading-edge throttle: a delta goes out at once when the last send is at least `intervalMs` old;
 * otherwise it is held and sent together with whatever follows when the interval is up. At a few
 * tokens per second every token still goes out at once, with no timer (one wake-up per token, not
 * two: on a small machine every wake-up preempts a compute thread); at hundreds per second (a GPU)
 * the receiver gets one message per frame instead of one per token.
 */
export class DeltaCoalescer {
  private pending = '';
  private lastSentAt = Number.NEGATIVE_INFINITY;
  /** Cancels the scheduled send, if one is scheduled. */
  private cancelScheduled: (() => void) | null = null;

  constructor(
    private readonly send: (text: string) => void,
    private readonly options: { intervalMs?: number; leading?: LeadingSend; now?: () => number } = {},
  ) {}

  private get intervalMs(): number {
    return this.options.intervalMs ?? 16;
  }

  private now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }

  push(text: string): void {
    if (text === '') return;
    this.pending += text;
    if (this.cancelScheduled !== null) return;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (wait <= 0 && this.options.leading !== 'next-turn') {
      this.flush();
    } else if (wait <= 0) {
      const immediate = setImmediate(() => this.flush());
      this.cancelScheduled = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(() => this.flush(), wait);
      this.cancelScheduled = () => clearTimeout(timer);
    }
  }

  /** Sends whatever is held (call before the generation's final message). */
  flush(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.lastSentAt = this.now();
    this.send(text);
  }
}
