// Decides which web permissions the renderer gets: only writing text to the clipboard (the Copy buttons), and
// only for our own top-level page. Pure, so it is unit-tested under Node; security.ts applies it.
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Chromium asks for this before every navigator.clipboard.writeText; denying it breaks every Copy button. */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

export interface PermissionQuery {
  permission: string;
  /** The requesting frame's URL (requests) or origin (checks); '' or undefined when unknown. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
}

/** Everything else (camera, microphone, notifications, geolocation, clipboard *read*, HID/USB/serial,
 *  openExternal, fullscreen…) is denied, whoever asks. */
export function isPermissionAllowed({ permission, requestingUrl, isMainFrame }: PermissionQuery): boolean {
  return permission === CLIPBOARD_WRITE && isMainFrame && isAppPage(requestingUrl);
}

function isAppPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '';
  } catch {
    return false;
  }
}
