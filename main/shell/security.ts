// Session-wide lockdown: no network for the renderer, no permissions, no navigation, no new windows.
import { app, session, type WebContents } from 'electron';
import { APP_SCHEME } from './protocol';

export function lockDownSession(): void {
  const ses = session.defaultSession;
  // The renderer may only load app:// (and devtools' own schemes); everything else is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.split(':', 1)[0];
    callback({ cancel: !(scheme === APP_SCHEME || scheme === 'devtools' || scheme === 'data') });
  });
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  ses.setSpellCheckerEnabled(false);

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
