// The two primitives every feature's bridge is built from: a typed invoke and a typed subscribe.
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '../contract/channels';
import type { Envelope } from '../contract/envelope';

export interface ApiTransport {
  invoke(channel: InvokeChannel, payload: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

export interface BridgeTools {
  call<C extends InvokeChannel>(channel: C, payload: InvokeRequest<C>): Promise<Envelope<InvokeResponse<C>>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function bridgeTools(transport: ApiTransport): BridgeTools {
  return {
    call: (channel, payload) => transport.invoke(channel, payload) as Promise<Envelope<InvokeResponse<typeof channel>>>,
    on: (channel, listener) =>
      transport.subscribe(channel, (payload) => listener(payload as EventPayload<typeof channel>)),
  };
}
