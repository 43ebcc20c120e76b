// Where services send main → renderer events; the shell forwards them to the window, tests record them.
import type { EventChannel, EventPayload } from '../../preload/contract/channels';

export interface EventSink {
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void;
}

/** Fan-out sink so several windows or observers can listen. */
export class EventHub implements EventSink {
  private readonly sinks = new Set<EventSink>();

  add(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    for (const sink of this.sinks) sink.emit(channel, payload);
  }
}
