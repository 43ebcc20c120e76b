// Serves the built renderer from app://renderer/ (never file://), with the CSP as a header, and the
// media store's files from app://media/<hash> (nothing else: no listing, no names, no paths).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';
import type { MediaFiles } from './media-requests';
import { mediaResponse } from './media-response';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

export { APP_ORIGIN, APP_SCHEME } from './app-origin';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // stream: <audio> plays (and seeks in) app://media files, which Chromium streams from custom schemes.
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: true },
    },
  ]);
}

/** `media` gives the media store once the services exist (null before: media requests get 404). */
export function serveRenderer(rendererDir: string, media: () => MediaFiles | null = () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const served = await mediaResponse(request, media());
    if (served !== null) return served;
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
