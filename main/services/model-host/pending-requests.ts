// The client's table of requests sent to the host that still wait for their reply, by requestId.
import { HostRequestError } from './errors';
import type {
  CalibrationProgressMessage,
  GenerateResult,
  HostMessage,
  HostStats,
  ModelInfo,
  ScoreResult,
} from './protocol';

export type PendingRequest =
  | {
      kind: 'load';
      resolve: (info: ModelInfo) => void;
      reject: (error: Error) => void;
      onCalibrationProgress?: (progress: CalibrationProgressMessage) => void;
    }
  | { kind: 'unload'; resolve: () => void; reject: (error: Error) => void }
  | { kind: 'forget-states'; resolve: (removed: number) => void; reject: (error: Error) => void }
  | { kind: 'flush-states'; resolve: () => void; reject: (error: Error) => void }
  | { kind: 'stats'; resolve: (stats: HostStats) => void; reject: (error: Error) => void }
  | { kind: 'tokenize'; resolve: (tokens: number[]) => void; reject: (error: Error) => void }
  | { kind: 'score'; resolve: (result: ScoreResult) => void; reject: (error: Error) => void }
  | {
      kind: 'generate';
      resolve: (result: GenerateResult) => void;
      reject: (error: Error) => void;
      onDelta?: (text: string) => void;
    };

export type PendingKind = PendingRequest['kind'];

/** Host messages that answer (or stream into) a request; error replies are handled by the client. */
export type ReplyMessage = Extract<
  HostMessage,
  {
    type:
      | 'loaded'
      | 'calibration-progress'
      | 'unloaded'
      | 'delta'
      | 'done'
      | 'stats'
      | 'tokens'
      | 'scored'
      | 'states-forgotten'
      | 'states-flushed';
  }
>;

export class PendingRequests {
  private readonly entries = new Map<string, PendingRequest>();

  add(requestId: string, entry: PendingRequest): void {
    this.entries.set(requestId, entry);
  }

  /** Removes and returns the request; with `kind`, only if it is of that kind (else it stays). */
  take<K extends PendingKind = PendingKind>(
    requestId: string,
    kind?: K,
  ): Extract<PendingRequest, { kind: K }> | undefined {
    const pending = this.entries.get(requestId);
    if (!pending || (kind !== undefined && pending.kind !== kind)) return undefined;
    this.entries.delete(requestId);
    return pending as Extract<PendingRequest, { kind: K }>;
  }

  /** Settles the request a reply answers; a reply nobody waits for (late, wrong kind) is dropped. */
  settle(message: ReplyMessage): void {
    switch (message.type) {
      case 'loaded':
        this.take(message.requestId, 'load')?.resolve(message.info);
        return;
      case 'calibration-progress': {
        const pending = this.entries.get(message.requestId);
        if (pending?.kind === 'load') pending.onCalibrationProgress?.(message);
        return;
      }
      case 'unloaded':
        this.take(message.requestId, 'unload')?.resolve();
        return;
      case 'stats':
        this.take(message.requestId, 'stats')?.resolve(message.stats);
        return;
      case 'states-forgotten':
        this.take(message.requestId, 'forget-states')?.resolve(message.removed);
        return;
      case 'states-flushed':
        this.take(message.requestId, 'flush-states')?.resolve();
        return;
      case 'delta': {
        const pending = this.entries.get(message.requestId);
        if (pending?.kind === 'generate') pending.onDelta?.(message.text);
        return;
      }
      case 'done':
        this.take(message.requestId, 'generate')?.resolve(message.result);
        return;
      case 'tokens':
        this.take(message.requestId, 'tokenize')?.resolve(message.tokens);
        return;
      case 'scored':
        this.take(message.requestId, 'score')?.resolve({ logProbs: message.logProbs, seconds: message.seconds });
        return;
    }
  }

  /** A malformed reply to a pending request must not leave the caller waiting forever. */
  rejectMalformedReply(raw: unknown, reason: string): void {
    const requestId = requestIdOf(raw);
    const pending = requestId ? this.take(requestId) : undefined;
    pending?.reject(new HostRequestError(`The model host sent an invalid reply: ${reason}`, 'INTERNAL'));
  }

  rejectAll(error: Error): void {
    const pending = [...this.entries.values()];
    this.entries.clear();
    for (const entry of pending) entry.reject(error);
  }
}

function requestIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('requestId' in raw)) return undefined;
  return typeof raw.requestId === 'string' ? raw.requestId : undefined;
}
