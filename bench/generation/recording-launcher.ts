// A HostLauncher wrapper that watches the host's messages as main receives them: the host's pid (for
// its peak RSS), each generate request, per-delta arrival times and the host's own result figures.
import type { HostLauncher, HostProcess } from '../../main/services/model-host';
import type { GenerateRequest, GenerateResult } from '../../main/services/model-host';

export interface HostGenerationRecord {
  request: GenerateRequest;
  /** Arrival time in main (performance.now) of every delta message from the host. */
  deltaArrivals: number[];
  result: GenerateResult | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export class RecordingHostLauncher implements HostLauncher {
  private current: HostProcess | null = null;
  private readonly records = new Map<string, HostGenerationRecord>();

  constructor(private readonly inner: HostLauncher) {}

  /** The pid of the host launched last (undefined before launch or where the launcher gives none). */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  /** What main saw of one answer, by the chat requestId (main passes it through to the host). */
  record(requestId: string): HostGenerationRecord | undefined {
    return this.records.get(requestId);
  }

  launch(): HostProcess {
    const host = this.inner.launch();
    this.current = host;
    // Registered before the client's listener, so arrival times are taken before any client work.
    host.onMessage((message) => this.observeIncoming(message));
    const output = host.onOutput?.bind(host);
    return {
      pid: host.pid,
      postMessage: (message) => {
        this.observeOutgoing(message);
        host.postMessage(message);
      },
      onMessage: (listener) => host.onMessage(listener),
      onExit: (listener) => host.onExit(listener),
      kill: () => host.kill(),
      ...(output ? { onOutput: output } : {}),
    };
  }

  private observeOutgoing(message: unknown): void {
    if (!isObject(message) || message.type !== 'generate' || !isObject(message.request)) return;
    const request = message.request as unknown as GenerateRequest;
    this.records.set(request.requestId, { request, deltaArrivals: [], result: null });
  }

  private observeIncoming(message: unknown): void {
    const at = performance.now();
    if (!isObject(message) || typeof message.requestId !== 'string') return;
    const record = this.records.get(message.requestId);
    if (!record) return;
    if (message.type === 'delta') record.deltaArrivals.push(at);
    if (message.type === 'done') record.result = message.result as GenerateResult;
  }
}
