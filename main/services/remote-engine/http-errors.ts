// HTTP statuses and connection failures of a remote server as RemoteEngineErrors with actionable messages.
import { redact, RemoteEngineError } from './errors';

/** The error for a non-2xx answer; `serverMessage` is the server's own explanation (redacted here). */
export function httpError(
  status: number,
  serverMessage: string,
  retryAfter: string | null,
  context: { host: string; apiKey: string | null },
): RemoteEngineError {
  const { host, apiKey } = context;
  const said = redact(serverMessage, apiKey);
  const because = said === '' ? '' : `: ${said}`;
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  const details = { status, retryAfterSeconds };
  if (status === 401) {
    const message = apiKey
      ? `The server at ${host} refused the API key (401). Check the key in this server's settings.`
      : `The server at ${host} needs an API key (401). Add it in this server's settings.`;
    return new RemoteEngineError('unauthorized', message, details);
  }
  if (status === 403) {
    return new RemoteEngineError(
      'unauthorized',
      `The server at ${host} does not let this key use it (403)${because}. Ask whoever runs the server for access.`,
      details,
    );
  }
  if (status === 404) {
    return new RemoteEngineError(
      'not_found',
      `The server at ${host} has no such model or endpoint (404)${because}. Check the address, and the model and ` +
        "adapter names in this server's settings.",
      details,
    );
  }
  if (status === 429) {
    const wait = retryAfterSeconds === null ? 'in a moment' : `in ${retryAfterSeconds} s`;
    return new RemoteEngineError(
      'rate_limited',
      `The server at ${host} is busy with other requests (429). Try again ${wait}.`,
      details,
    );
  }
  if (status === 503) {
    return new RemoteEngineError(
      'server_error',
      `The server at ${host} is not ready (503)${because}. It may still be loading its model; try again in a minute.`,
      details,
    );
  }
  if (status >= 500) {
    return new RemoteEngineError(
      'server_error',
      `The server at ${host} failed (${status})${because}. Try again; if it keeps failing, tell whoever runs it.`,
      details,
    );
  }
  if (status >= 400) {
    return new RemoteEngineError(
      'bad_request',
      `The server at ${host} refused the request (${status})${because}.`,
      details,
    );
  }
  if (status >= 300 && status < 400) {
    return new RemoteEngineError(
      'bad_response',
      `The server at ${host} sent the app to another address (${status}). Enter the server's final https:// ` +
        'address in its settings.',
      details,
    );
  }
  return new RemoteEngineError(
    'bad_response',
    `The server at ${host} answered with an unexpected status (${status}).`,
    details,
  );
}

/** Seconds from a Retry-After header (delay-seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

const TLS_CODES =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

/** The error for a request that got no answer at all (fetch rejected before the response). */
export function connectionError(error: unknown, context: { host: string; apiKey: string | null }): RemoteEngineError {
  const { host, apiKey } = context;
  const code = errorCodeOf(error);
  if (code !== null && TLS_CODES.test(code)) {
    return new RemoteEngineError(
      'tls_failed',
      `The certificate of ${host} could not be verified (${code}). Ask whoever runs the server for a certificate ` +
        'your computer trusts; the app does not skip this check.',
      { cause: error },
    );
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new RemoteEngineError(
        'unreachable',
        `Nothing answers at ${host}. Check that the server is running and that the address and port are right.`,
        { cause: error },
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new RemoteEngineError(
        'unreachable',
        `${host} could not be found. Check the address and your network connection.`,
        { cause: error },
      );
    case 'UND_ERR_SOCKET':
    case 'ECONNRESET':
    case 'EPIPE':
      return new RemoteEngineError(
        'unreachable',
        `The connection to ${host} closed before it answered. Check that the server is running, then try again.`,
        { cause: error },
      );
    default: {
      const what = code ?? redact(deepestMessage(error), apiKey);
      return new RemoteEngineError(
        'unreachable',
        `${host} cannot be reached${what === '' ? '' : ` (${what})`}. Check your network connection and the address.`,
        { cause: error },
      );
    }
  }
}

/** The first `code` string along an error's cause chain (undici wraps the socket error). */
export function errorCodeOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function deepestMessage(error: unknown): string {
  let current: unknown = error;
  let message = '';
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    message = current.message;
    current = current.cause;
  }
  return message;
}
