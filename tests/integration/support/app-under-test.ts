// The real app services (SQLite, forked model host, dispatcher) for integration tests, with a recorder
// for finished answers and a call helper that throws on an error envelope.
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';

export type ChatDone = EventPayload<'chat:done'>;

export class ChatDoneRecorder implements EventSink {
  readonly done: ChatDone[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (channel === 'chat:done') this.done.push(payload as ChatDone);
  }

  /** The finished answer of one request, polled until it arrives (fails after timeoutMs). */
  async waitFor(requestId: string, timeoutMs = 60_000): Promise<ChatDone> {
    const started = Date.now();
    for (;;) {
      const done = this.done.find((event) => event.requestId === requestId);
      if (done) return done;
      if (Date.now() - started > timeoutMs) throw new Error(`no answer within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export function startTestApp(dataDir: string, events: EventSink): App {
  return createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events,
    pickFile: async () => null,
    version: '0.0.0-test',
  });
}

/** Calls main as the renderer would; the value on success, an Error naming code and message otherwise. */
export async function callApp<T>(app: App, channel: string, payload: unknown): Promise<T> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
