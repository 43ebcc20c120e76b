// Opens one HTTP(S) download at a byte offset: follows redirects by hand (to read Hugging Face's
// X-Linked-Etag on the first hop), checks the Range answer, and classifies failures. This module and
// file-download.ts are the only code in the app that touches the network.
import { request as httpRequest, type IncomingMessage, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DownloadError, describeTransferError } from './download-error';

export interface OpenOptions {
  /** First byte wanted; > 0 sends `Range: bytes=<offset>-`. */
  offset: number;
  signal: AbortSignal;
  /** No bytes for this long ends the attempt (retried like any network failure). */
  idleTimeoutMs: number;
  /** The SHA-256 the catalog pins: an X-Linked-Etag naming other bytes is refused before any body is read. */
  expectedSha256?: string | null;
  maxRedirects?: number;
}

export interface OpenedDownload {
  /** 206 when the server resumed at `offset`; 200 when it sends the whole file (from byte 0). */
  status: 200 | 206;
  /** Where the body starts in the file. */
  startOffset: number;
  /** Size of the whole file when the server says it. */
  totalBytes: number | null;
  /** SHA-256 from X-Linked-Etag (Hugging Face LFS), when present on any hop. */
  linkedSha256: string | null;
  body: IncomingMessage;
  url: string;
}

// HTTP 416: nothing at `offset`; `fileSize` is the size the server reports in "bytes */size", if any.
export class RangeNotSatisfiableError extends DownloadError {
  constructor(
    readonly offset: number,
    readonly fileSize: number | null,
    where: string,
  ) {
    const size = fileSize === null ? '' : ` (the file there has ${fileSize} bytes)`;
    super('range', `The server cannot resume this download at byte ${offset} (HTTP 416)${size}: ${where}`);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `"abc…"` or `W/"abc…"` → abc… when it is a SHA-256; git blob ids (40 hex) and others → null. */
export function parseLinkedEtag(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  const cleaned = raw
    .trim()
    .replace(/^W\//i, '')
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  return SHA256_HEX.test(cleaned) ? cleaned : null;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// "bytes 100-199/1000" → {start: 100, total: 1000}; "bytes */1000" (416 answers) → {start: null, total: 1000}.
export function parseContentRange(value: string | undefined): { start: number | null; total: number | null } | null {
  if (!value) return null;
  const match = /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(value.trim());
  if (!match) return null;
  return {
    start: match[1] === undefined ? null : Number(match[1]),
    total: match[3] === '*' || match[3] === undefined ? null : Number(match[3]),
  };
}

function positiveInt(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

function statusError(status: number, url: URL, offset: number, headers: IncomingHttpHeaders): DownloadError {
  const where = `${url.host}${url.pathname}`;
  if (status === 404 || status === 410) {
    return new DownloadError('not-found', `The file was not found on the server (HTTP ${status}): ${where}`);
  }
  if (status === 401 || status === 403) {
    return new DownloadError('http', `The server refused access to the file (HTTP ${status}): ${where}`);
  }
  if (status === 416) {
    const total = parseContentRange(header(headers, 'content-range'))?.total ?? null;
    return new RangeNotSatisfiableError(offset, total, where);
  }
  const retryable = status >= 500 || status === 429 || status === 408;
  return new DownloadError('http', `The server answered HTTP ${status} for ${where}.`, retryable);
}

function sendRequest(url: URL, offset: number, options: OpenOptions): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'User-Agent': 'MedicalEducationAssistant/1 (model download)',
      'Accept-Encoding': 'identity', // the hash is of the file's bytes, never of a compressed stream
    };
    if (offset > 0) headers.Range = `bytes=${offset}-`;
    const req = request(url, { method: 'GET', headers, signal: options.signal }, resolve);
    req.setTimeout(options.idleTimeoutMs, () => {
      req.destroy(
        new DownloadError(
          'network',
          `No data from ${url.host} for ${Math.round(options.idleTimeoutMs / 1000)} s.`,
          true,
        ),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the download, following up to `maxRedirects` redirects; throws DownloadError on failure. */
export async function openDownload(rawUrl: string, options: OpenOptions): Promise<OpenedDownload> {
  let url = new URL(rawUrl);
  let linkedSha256: string | null = null;
  let linkedSize: number | null = null;
  const maxRedirects = options.maxRedirects ?? 8;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new DownloadError('config', `Refusing to download from a ${url.protocol} URL.`);
    }
    let response: IncomingMessage;
    try {
      response = await sendRequest(url, options.offset, options);
    } catch (error) {
      if (options.signal.aborted) throw error;
      throw describeTransferError(error, { host: url.host, file: url.pathname });
    }
    linkedSha256 ??= parseLinkedEtag(response.headers['x-linked-etag']);
    if (linkedSha256 && options.expectedSha256 && linkedSha256 !== options.expectedSha256) {
      response.destroy();
      throw new DownloadError(
        'checksum',
        `The server offers different bytes than the catalog pins (its SHA-256 is ${linkedSha256}, expected ${options.expectedSha256}). Nothing was downloaded.`,
      );
    }
    linkedSize ??= positiveInt(header(response.headers, 'x-linked-size'));
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume(); // drain and free the socket
      const location = header(response.headers, 'location');
      if (!location) throw new DownloadError('http', `HTTP ${status} redirect without a Location from ${url.host}.`);
      if (hop >= maxRedirects) throw new DownloadError('http', `Too many redirects fetching ${rawUrl}.`);
      url = new URL(location, url);
      continue;
    }
    if (status !== 200 && status !== 206) {
      response.resume();
      throw statusError(status, url, options.offset, response.headers);
    }
    const length = positiveInt(header(response.headers, 'content-length'));
    if (status === 206) {
      const range = parseContentRange(header(response.headers, 'content-range'));
      if (!range || range.start !== options.offset) {
        response.destroy();
        throw new DownloadError(
          'range',
          `The server resumed at the wrong place (asked for byte ${options.offset}, got "${header(response.headers, 'content-range') ?? 'no Content-Range'}").`,
        );
      }
      const total = range.total ?? linkedSize ?? (length === null ? null : options.offset + length);
      return {
        status: 206,
        startOffset: options.offset,
        totalBytes: total,
        linkedSha256,
        body: response,
        url: url.href,
      };
    }
    return {
      status: 200,
      startOffset: 0,
      totalBytes: length ?? linkedSize,
      linkedSha256,
      body: response,
      url: url.href,
    };
  }
}
