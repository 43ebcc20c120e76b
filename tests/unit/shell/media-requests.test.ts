// app://media/<hash>: only exact 64-hex URLs resolve; responses carry the sniffed type, nosniff, a
// sandboxing CSP and honour one byte range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEDIA_CONTENT_SECURITY_POLICY,
  parseByteRange,
  planMediaResponse,
  resolveMediaRequest,
} from '../../../main/shell/media-requests';
import { resolveRendererFile } from '../../../main/shell/renderer-files';
import { APP_SCHEME } from '../../../main/shell/app-origin';
import { MEDIA_HOST, MEDIA_URL_PREFIX, mediaUrl } from '../../../preload/contract/card-html';

const HASH = '0123456789abcdef'.repeat(4);
const RECORD = { hash: HASH, mime: 'audio/mpeg', size: 1000, createdAt: 1 };

describe('resolveMediaRequest', () => {
  it('gives the hash of an exact app://media/<sha256> URL', () => {
    expect(resolveMediaRequest(`app://media/${HASH}`)).toBe(HASH);
    expect(resolveMediaRequest(mediaUrl(HASH))).toBe(HASH);
    expect(MEDIA_URL_PREFIX).toBe(`${APP_SCHEME}://${MEDIA_HOST}/`);
  });

  it.each([
    ['upper-case hex', `app://media/${HASH.toUpperCase()}`],
    ['63 digits', `app://media/${HASH.slice(1)}`],
    ['65 digits', `app://media/${HASH}0`],
    ['a non-hex digit', `app://media/${HASH.slice(1)}g`],
    ['a file extension', `app://media/${HASH}.png`],
    ['a trailing slash', `app://media/${HASH}/`],
    ['a sub-path', `app://media/ab/${HASH}`],
    ['traversal', `app://media/../renderer/index.html`],
    ['encoded traversal', `app://media/%2e%2e%2f${HASH}`],
    ['a query', `app://media/${HASH}?download=1`],
    ['an empty query', `app://media/${HASH}?`],
    ['a fragment', `app://media/${HASH}#t=1`],
    ['an empty fragment', `app://media/${HASH}#`],
    ['a port', `app://media:8080/${HASH}`],
    ['a user', `app://user@media/${HASH}`],
    ['the renderer host', `app://renderer/${HASH}`],
    ['another host', `app://medias/${HASH}`],
    ['another scheme', `https://media/${HASH}`],
    ['file:', `file:///media/${HASH}`],
    ['the bare host', 'app://media/'],
    ['not a URL', HASH],
  ])('refuses %s', (_label, url) => {
    expect(resolveMediaRequest(url)).toBeNull();
  });

  it('refuses every other path on the media host', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        fc.pre(path !== `/${HASH}`);
        expect(resolveMediaRequest(`app://media${path}`)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('is never served as a renderer file', () => {
    expect(resolveRendererFile('/opt/app/renderer', `app://media/${HASH}`)).toBeNull();
  });
});

describe('planMediaResponse', () => {
  it('sends the whole file with its sniffed type, nosniff and a sandboxing CSP', () => {
    const plan = planMediaResponse({ ...RECORD, mime: 'image/svg+xml' }, null);
    expect(plan.status).toBe(200);
    expect(plan.range).toBeUndefined();
    expect(plan.headers).toMatchObject({
      'Content-Type': 'image/svg+xml',
      'Content-Length': '1000',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
      'Accept-Ranges': 'bytes',
    });
    expect(MEDIA_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(MEDIA_CONTENT_SECURITY_POLICY).toMatch(/\bsandbox\b/);
    expect(MEDIA_CONTENT_SECURITY_POLICY).not.toMatch(/script-src/);
  });

  it('sends a requested range as 206 with Content-Range', () => {
    const plan = planMediaResponse(RECORD, 'bytes=100-199');
    expect(plan).toMatchObject({ status: 206, range: { start: 100, end: 199 } });
    expect(plan.headers).toMatchObject({ 'Content-Length': '100', 'Content-Range': 'bytes 100-199/1000' });
  });

  it('answers 416 for a range past the end', () => {
    const plan = planMediaResponse(RECORD, 'bytes=1000-');
    expect(plan.status).toBe(416);
    expect(plan.headers['Content-Range']).toBe('bytes */1000');
  });
});

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=0-', { start: 0, end: 999 }],
    ['bytes=500-', { start: 500, end: 999 }],
    ['bytes=500-5000', { start: 500, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    [' bytes=1-2 ', { start: 1, end: 2 }],
  ])('%s', (header, range) => {
    expect(parseByteRange(header, 1000)).toEqual(range);
  });

  it.each([null, 'bytes=-', 'bytes=5-1', 'bytes=0-1,5-6', 'items=0-1', 'bytes=a-b', 'bytes 0-1'])(
    'sends the whole file for %s',
    (header) => {
      expect(parseByteRange(header, 1000)).toBeNull();
    },
  );

  it.each(['bytes=1000-', 'bytes=2000-3000', 'bytes=-0'])('refuses %s as unsatisfiable', (header) => {
    expect(parseByteRange(header, 1000)).toBe('unsatisfiable');
  });

  it('always stays inside the file', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 5000 }), (a, b, size) => {
        const range = parseByteRange(`bytes=${a}-${b}`, size);
        if (range === null || range === 'unsatisfiable') return;
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeLessThan(size);
        expect(range.start).toBeLessThanOrEqual(range.end);
      }),
    );
  });
});
