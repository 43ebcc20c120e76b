// The one error type of the download service: a code for the UI and tests, a message for people,
// and whether trying again (with backoff) can help.

export type DownloadErrorCode =
  /** Connection refused, reset, cut off, timed out, DNS failure: worth retrying. */
  | 'network'
  /** An HTTP status that is not success (5xx and 429 are retried, the rest are not). */
  | 'http'
  | 'not-found'
  /** HTTP 416, or a server that resumed at another offset than asked. */
  | 'range'
  | 'checksum'
  /** The server sent no SHA-256 for a file the catalog says must be verified by it. */
  | 'no-checksum'
  | 'size'
  /** Not enough free space before starting. */
  | 'disk-space'
  /** The disk filled up while writing. */
  | 'disk-full'
  | 'io'
  /** Missing adapter source URL, unknown entry, no base model for the adapter… */
  | 'config'
  | 'conversion';

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    readonly code: DownloadErrorCode,
    message: string,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Node error codes that mean "the network failed", as opposed to a bug or a full disk. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
]);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a low-level error from a request or a file write into a DownloadError with a clear message. */
export function describeTransferError(error: unknown, context: { host: string; file: string }): DownloadError {
  if (error instanceof DownloadError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return new DownloadError(
        'network',
        `Cannot connect to ${context.host}: the connection was refused (is the server down?).`,
        true,
        { cause: error },
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DownloadError(
        'network',
        `Cannot find the server ${context.host} (no network connection, or the name does not exist).`,
        true,
        { cause: error },
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new DownloadError(
        'disk-full',
        `The disk is full while writing ${context.file}. Free up space, then retry: what was downloaded is kept.`,
        false,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DownloadError('io', `Cannot write ${context.file}: ${detail}`, false, { cause: error });
  }
  if (code && NETWORK_CODES.has(code)) {
    return new DownloadError('network', `The connection to ${context.host} failed (${code}).`, true, {
      cause: error,
    });
  }
  if (code?.startsWith('E') && !code.startsWith('ERR_')) {
    return new DownloadError('io', `Cannot write ${context.file}: ${detail}`, false, { cause: error });
  }
  // Anything else that broke the transfer (aborted sockets, parser errors) is treated as a network blip.
  return new DownloadError('network', `The download from ${context.host} was interrupted: ${detail}`, true, {
    cause: error,
  });
}
