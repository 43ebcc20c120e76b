// Maps an app://renderer/… request to a file inside the built renderer folder, or null: never a path outside
// it (no "..", encoded or not), never another host. Pure, so the traversal guard is unit-tested under Node.
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST } from './app-origin';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  const root = normalize(rendererDir + sep);
  let url: URL;
  let relative: string;
  try {
    url = new URL(requestUrl);
    // Decoded after URL parsing, so "%2e%2e%2f" cannot slip past URL's own dot-segment removal unseen.
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null; // unparsable URL or malformed percent-encoding
  }
  // Backslashes are separators on Windows and NUL ends C strings: no renderer file has either.
  if (url.host !== APP_HOST || /[\\\0]/.test(relative)) return null;
  const file = normalize(join(root, relative));
  return file.startsWith(root) ? file : null;
}

export function contentTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
