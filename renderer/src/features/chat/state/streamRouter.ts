// Decides what to do with a streaming event. Main may emit the first deltas (or even the
// final message, for a very short or failed answer) before the sendMessage reply reaches
// us, so while a start is in flight, events for a not-yet-known request are held briefly.
import type { EventPayload } from '../../../../../preload/contract/channels';

export type StreamEvent =
  { kind: 'delta'; payload: EventPayload<'chat:delta'> } | { kind: 'done'; payload: EventPayload<'chat:done'> };

export interface StreamRouter {
  /** Call before sendMessage/regenerate is invoked. */
  beginStart(): void;
  /** Call when that call settles: with its requestId on success, null on failure. Returns held events to replay. */
  endStart(requestId: string | null): StreamEvent[];
  /** 'apply' to handle now, 'hold' when it was kept for a start still in flight. */
  route(event: StreamEvent): 'apply' | 'hold';
  /** The request finished (done arrived or was given up); forget it. */
  finish(requestId: string): void;
  activeRequestId(): string | null;
}

/** Generous cap so a misbehaving sender cannot grow the buffer without bound. */
const MAX_HELD_EVENTS = 20_000;

export function createStreamRouter(): StreamRouter {
  let startsInFlight = 0;
  let active: string | null = null;
  let held: StreamEvent[] = [];

  return {
    beginStart() {
      startsInFlight++;
    },
    endStart(requestId) {
      startsInFlight = Math.max(0, startsInFlight - 1);
      let replay: StreamEvent[] = [];
      if (requestId !== null) {
        active = requestId;
        replay = held.filter((e) => e.payload.requestId === requestId);
        held = held.filter((e) => e.payload.requestId !== requestId);
      }
      if (startsInFlight === 0) held = [];
      return replay;
    },
    route(event) {
      if (event.payload.requestId === active || startsInFlight === 0) return 'apply';
      if (held.length < MAX_HELD_EVENTS) held.push(event);
      return 'hold';
    },
    finish(requestId) {
      if (active === requestId) active = null;
    },
    activeRequestId() {
      return active;
    },
  };
}
