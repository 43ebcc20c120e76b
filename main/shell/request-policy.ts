// Decides which requests the app's session lets through: only the app's own origin, its stored media
// (and DevTools' own front end). Pure, so it is unit-tested under Node; security.ts applies it to every request.
import { APP_HOST, APP_SCHEME } from './app-origin';
import { resolveMediaRequest } from './media-requests';

/**
 * True only for app://renderer/…, app://media/<sha256> and devtools://…; every other URL (http, https, ws,
 * file, data, blob, another app:// host, any other app://media path, anything unparsable) is cancelled.
 * - data: is not listed: the renderer uses no data: URLs (markdown images are shown as their alt text),
 *   and Chromium resolves data: in the renderer without asking webRequest anyway.
 * - devtools: is DevTools' own bundled front end (when enabled); it is served from inside Electron.
 */
export function isRequestAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return (parsed.host === APP_HOST && parsed.username === '') || resolveMediaRequest(url) !== null;
  }
  return parsed.protocol === 'devtools:';
}
