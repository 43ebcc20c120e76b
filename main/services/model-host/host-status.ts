// The host's state as the app sees it, and the listeners told of every change.
import type { ModelInfo } from './protocol';

export type HostState =
  'stopped' | 'starting' | 'idle' | 'loading' | 'ready' | 'generating' | 'crashed' | 'unavailable';

export interface HostStatus {
  state: HostState;
  /** Present while a model is loaded (ready / generating). */
  modelInfo?: ModelInfo;
  /** What is happening now, in words (e.g. "Restarting the model host in 1 s"). */
  message?: string;
  /** The last failure (crash or load error), kept until a model loads successfully. */
  lastError?: string;
}

export class HostStatusPublisher {
  private status: HostStatus = { state: 'stopped' };
  private readonly listeners = new Set<(status: HostStatus) => void>();

  /** `onListenerError`: a throwing listener is reported here and does not stop the others. */
  constructor(private readonly onListenerError: (error: unknown) => void) {}

  get current(): HostStatus {
    return this.status;
  }

  subscribe(listener: (status: HostStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(status: HostStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...status });
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
