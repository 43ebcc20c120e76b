// Listens to the app's events for one answer: counts what streamed and resolves when it is done.
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { EventSink } from '../events';

type ChatDone = EventPayload<'chat:done'>;

export class AnswerWatcher implements EventSink {
  private readonly finished = new Map<string, ChatDone>();
  private readonly streamed = new Map<string, number>();
  private readonly waiters = new Map<string, (done: ChatDone) => void>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (channel === 'chat:delta') {
      const { requestId, delta } = payload as EventPayload<'chat:delta'>;
      this.streamed.set(requestId, (this.streamed.get(requestId) ?? 0) + delta.length);
    } else if (channel === 'chat:done') {
      const done = payload as ChatDone;
      this.finished.set(done.requestId, done);
      this.waiters.get(done.requestId)?.(done);
    }
  }

  /** The finished answer of `requestId` (also if it finished before this was called). */
  done(requestId: string): Promise<ChatDone> {
    const finished = this.finished.get(requestId);
    if (finished) return Promise.resolve(finished);
    return new Promise((resolve) => this.waiters.set(requestId, resolve));
  }

  streamedChars(requestId: string): number {
    return this.streamed.get(requestId) ?? 0;
  }
}
