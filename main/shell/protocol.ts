// Serves the built renderer from app://renderer/ (never file://), with the CSP as a header.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

export { APP_ORIGIN, APP_SCHEME } from './app-origin';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
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
      return new Response('Not found', { status: 404 });
    }
  });
}
