// An EventSink that keeps every 'chat:done' event, and waits for the one of a given request.
import type { EventSink } from '../../../main/services/events';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';

export class DoneSink implements EventSink {
  private readonly done = new Map<string, EventPayload<'chat:done'>>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (channel !== 'chat:done') return;
    const event = payload as EventPayload<'chat:done'>;
    this.done.set(event.requestId, event);
  }

  async finished(requestId: string): Promise<EventPayload<'chat:done'>> {
    for (;;) {
      const event = this.done.get(requestId);
      if (event) return event;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}
