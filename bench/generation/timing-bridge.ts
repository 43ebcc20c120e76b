// Receives app events as the renderer would (serialized and parsed, like IPC) and timestamps their arrival.
import type { EventSink } from '../../main/services/events';
import type { EventChannel, EventPayload } from '../../preload/contract/channels';

export interface BridgeAnswer {
  /** Arrival time (performance.now) of every chat:delta after serialization. */
  deltaArrivals: number[];
  doneAt: number;
  done: EventPayload<'chat:done'>;
}

interface Entry {
  deltaArrivals: number[];
  finished: BridgeAnswer | null;
  resolve: ((answer: BridgeAnswer) => void) | null;
}

export class TimingBridge implements EventSink {
  // Kept from the first event on: chat:send returns after streaming may already have begun.
  private readonly entries = new Map<string, Entry>();

  /** Resolves when the answer `requestId` is done, with every arrival time. */
  expect(requestId: string): Promise<BridgeAnswer> {
    const entry = this.entry(requestId);
    return new Promise<BridgeAnswer>((resolve) => {
      if (entry.finished) this.settle(requestId, entry.finished, resolve);
      else entry.resolve = resolve;
    });
  }

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    const received = JSON.parse(JSON.stringify(payload)) as { requestId?: unknown };
    const at = performance.now();
    if (typeof received.requestId !== 'string') return;
    if (channel !== 'chat:delta' && channel !== 'chat:done') return;
    const entry = this.entry(received.requestId);
    if (channel === 'chat:delta') {
      entry.deltaArrivals.push(at);
      return;
    }
    const answer = { deltaArrivals: entry.deltaArrivals, doneAt: at, done: received as EventPayload<'chat:done'> };
    if (entry.resolve) this.settle(received.requestId, answer, entry.resolve);
    else entry.finished = answer;
  }

  private entry(requestId: string): Entry {
    let entry = this.entries.get(requestId);
    if (!entry) {
      entry = { deltaArrivals: [], finished: null, resolve: null };
      this.entries.set(requestId, entry);
    }
    return entry;
  }

  private settle(requestId: string, answer: BridgeAnswer, resolve: (answer: BridgeAnswer) => void): void {
    this.entries.delete(requestId);
    resolve(answer);
  }
}
