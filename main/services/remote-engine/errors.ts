// Failures of a remote engine, each with a code the app can act on and a message a student can act on.
// Messages never contain the API key: whatever comes from the server goes through redact() first.

export const REMOTE_ERROR_CODES = [
  /** The address is not a usable server address (scheme, credentials, query…). */
  'invalid_url',
  /** Plain http to a host that is neither this computer nor marked as the local network. */
  'tls_required',
  /** https, but the server's certificate could not be verified. */
  'tls_failed',
  /** Nothing answered: refused, unknown name, connection reset before an answer. */
  'unreachable',
  /** The server accepted the request but sent nothing within the first-byte timeout. */
  'timeout',
  /** The answer started, then nothing came within the stall timeout. */
  'stalled',
  /** 401/403: the API key is missing, wrong or not allowed. */
  'unauthorized',
  /** 404: wrong address, or the model/adapter name is not served. */
  'not_found',
  /** 400/422: the server refused the request (e.g. the conversation is longer than its context). */
  'bad_request',
  /** 429: too many requests; retryAfterSeconds when the server said. */
  'rate_limited',
  /** 5xx, or the server itself reported an error. */
  'server_error',
  /** The answer broke off: the connection closed, or an error event came in the middle. */
  'stream_error',
  /** The server answered something that is not the OpenAI-compatible API. */
  'bad_response',
] as const;

export type RemoteErrorCode = (typeof REMOTE_ERROR_CODES)[number];

export interface RemoteErrorDetails {
  /** HTTP status when the server sent one. */
  status?: number | null;
  /** Seconds to wait before trying again (429/503 with Retry-After). */
  retryAfterSeconds?: number | null;
  /** What had arrived of the answer when it failed ('' when nothing). */
  partialText?: string;
  cause?: unknown;
}

export class RemoteEngineError extends Error {
  override readonly name = 'RemoteEngineError';
  readonly status: number | null;
  readonly retryAfterSeconds: number | null;
  readonly partialText: string;

  constructor(
    readonly code: RemoteErrorCode,
    message: string,
    details: RemoteErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.partialText = details.partialText ?? '';
  }

  /** The same error, carrying the part of the answer that had arrived. */
  withPartialText(partialText: string): RemoteEngineError {
    return new RemoteEngineError(this.code, this.message, {
      status: this.status,
      retryAfterSeconds: this.retryAfterSeconds,
      partialText,
      cause: this.cause,
    });
  }
}

const MAX_SERVER_TEXT = 300;

/** Server-provided text made safe to show: the key removed, control characters dropped, length capped. */
export function redact(text: string, apiKey: string | null): string {
  let clean = text;
  if (apiKey) clean = clean.split(apiKey).join('[API key]');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  clean = clean.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
  return clean.length > MAX_SERVER_TEXT ? `${clean.slice(0, MAX_SERVER_TEXT)}…` : clean;
}
