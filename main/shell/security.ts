// Session-wide lockdown: no network for the renderer, no permissions (but clipboard writes from our page),
// no navigation, no new windows, no webviews.
import { app, session, type WebContents } from 'electron';
import { isPermissionAllowed } from './permission-policy';
import { isRequestAllowed } from './request-policy';

export function lockDownSession(): void {
  const ses = session.defaultSession;
  // The renderer may only load app://renderer (and DevTools its own pages); everything else is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
  // Chromium checks a permission first and requests it if the check fails: both go through the same policy.
  ses.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(
      isPermissionAllowed({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }),
    ),
  );
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed({ permission, requestingUrl: requestingOrigin, isMainFrame: details.isMainFrame }),
  );
  ses.setDevicePermissionHandler(() => false); // no HID, USB or serial devices
  // Hunspell dictionaries would be downloaded from Google's CDN: point that at nowhere (Windows/Linux).
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  ses.setSpellCheckerEnabled(false);

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // will-navigate only covers the main frame; this covers sub-frames too (and the main frame again).
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
