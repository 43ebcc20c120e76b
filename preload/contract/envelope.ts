// The result envelope every invoke returns, so errors cross IPC typed instead of as mangled strings.
import type { ApiErrorBody, ApiErrorCode } from './schemas';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Error thrown on the renderer side (and by main services) with a stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}
