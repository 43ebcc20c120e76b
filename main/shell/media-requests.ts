// Decides what an app://media/<hash> request gets: the hash (64 lower-case hex digits, nothing else in
// the URL), the status, the headers and the byte range. Pure, so it is unit-tested under Node;
// protocol.ts streams the file the media store opens.
import type { Readable } from 'node:stream';
import { isMediaHash, MEDIA_HOST } from '../../preload/contract/card-html/media-url';
import type { ByteRange, MediaRecord } from '../services/media';
import { APP_SCHEME } from './app-origin';

/** What the protocol needs from the media store. */
export interface MediaFiles {
  info(hash: string): MediaRecord | null;
  open(hash: string, range?: ByteRange): Promise<Readable | null>;
}

// Served files are never documents that can run anything: an SVG opened on its own gets no script,
// no loads and a sandbox; the renderer only ever shows them through <img> and <audio>.
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The hash of an exact app://media/<hash> URL, or null (other hosts, ports, users, queries, fragments, paths). */
export function resolveMediaRequest(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== MEDIA_HOST || url.username !== '' || url.password !== '') {
    return null;
  }
  // The raw string is checked too: URL parsing would quietly drop an empty "?" or "#".
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(requestUrl)) return null;
  const hash = url.pathname.slice(1);
  return isMediaHash(hash) ? hash : null;
}

export interface MediaResponsePlan {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** The bytes to send (absent = the whole file; 416 sends none). */
  range?: ByteRange;
}

/** Status and headers for a stored file, honouring a single "Range: bytes=…" (audio seeking). */
export function planMediaResponse(record: MediaRecord, rangeHeader: string | null): MediaResponsePlan {
  const base = {
    'Content-Type': record.mime,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    'Accept-Ranges': 'bytes',
    // The name is the content's hash: the bytes behind a URL never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  const range = parseByteRange(rangeHeader, record.size);
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${record.size}` } };
  }
  if (range === null) return { status: 200, headers: { ...base, 'Content-Length': String(record.size) } };
  return {
    status: 206,
    range,
    headers: {
      ...base,
      'Content-Length': String(range.end - range.start + 1),
      'Content-Range': `bytes ${range.start}-${range.end}/${record.size}`,
    },
  };
}

/**
 * One range of "bytes=start-end", "bytes=start-" or "bytes=-suffix" (RFC 9110), clamped to the file;
 * null = send the whole file (no header, several ranges, or a header we do not understand).
 */
export function parseByteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}
