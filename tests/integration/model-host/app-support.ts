// The real app (createApp + dispatcher) over a forked model host with fault injection, and a recorder
// of its chat and model events, for the host fault, give-up and Stop tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDependencies } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import { ForkHostLauncher, type HostLauncher } from '../../../main/services/model-host';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp } from '../support/app-under-test';

export type ChatDone = EventPayload<'chat:done'>;

/** Every chat delta, finished answer and model status the app emitted, with helpers to wait for them. */
export class AppEvents implements EventSink {
  readonly done: ChatDone[] = [];
  readonly statuses: ModelStatus[] = [];
  private readonly deltas = new Map<string, string>();
  private readonly waiters = new Set<() => void>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (channel === 'chat:done') this.done.push(payload as ChatDone);
    if (channel === 'model:status') this.statuses.push(payload as ModelStatus);
    if (channel === 'chat:delta') {
      const { requestId, delta } = payload as EventPayload<'chat:delta'>;
      this.deltas.set(requestId, (this.deltas.get(requestId) ?? '') + delta);
    }
    for (const wake of [...this.waiters]) wake();
  }

  streamed(requestId: string): string {
    return this.deltas.get(requestId) ?? '';
  }

  /** Resolves with `probe`'s first non-undefined value, checked on every event; rejects after timeoutMs. */
  until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  doneOf(requestId: string, timeoutMs = 30_000): Promise<ChatDone> {
    return this.until(() => this.done.find((event) => event.requestId === requestId), timeoutMs, `${requestId} done`);
  }
}

/** Counts launches, so a test can prove that no restart happens after giving up. */
export class CountingLauncher implements HostLauncher {
  launches = 0;
  constructor(private readonly pick: (launch: number) => HostLauncher) {}
  launch(): ReturnType<HostLauncher['launch']> {
    this.launches++;
    return this.pick(this.launches).launch();
  }
}

export function faultyLauncher(extraEnv: Record<string, string> = {}): ForkHostLauncher {
  return new ForkHostLauncher({ env: { MEA_HOST_FAULTS: '1', ...extraEnv } });
}

export interface HostTestApp {
  app: App;
  events: AppEvents;
  modelPath: string;
  call<T>(channel: string, payload: unknown): Promise<T>;
  close(): Promise<void>;
}

/** A fresh app on a temp data dir with the tiny model imported (threads 1); not loaded yet. */
export async function startHostTestApp(
  options: { launcher?: HostLauncher; host?: AppDependencies['host']; maxTokens?: number } = {},
): Promise<HostTestApp> {
  const { modelPath } = await ensureTinyModel();
  const dir = await mkdtemp(join(tmpdir(), 'mea-host-app-'));
  const events = new AppEvents();
  const app = createApp({
    dataDir: join(dir, 'data'),
    launcher: options.launcher ?? faultyLauncher(),
    host: options.host,
    events,
    pickFile: async () => null,
    version: '0.0.0-test',
  });
  const call = <T>(channel: string, payload: unknown): Promise<T> => callApp<T>(app, channel, payload);
  await call('settings:update', { threads: 1, sampling: { maxTokens: options.maxTokens ?? 64 } });
  await call('library:importFile', { kind: 'model', path: modelPath });
  return {
    app,
    events,
    modelPath,
    call,
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
