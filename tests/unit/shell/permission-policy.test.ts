// Web permissions: only clipboard writes from our own top-level page are granted; everything else is denied.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/shell/app-origin';
import { CLIPBOARD_WRITE, isPermissionAllowed } from '../../../main/shell/permission-policy';

const PAGE = `${APP_ORIGIN}/index.html`;

describe('isPermissionAllowed', () => {
  it('lets our own page write to the clipboard (the Copy buttons), by URL or by origin', () => {
    expect(isPermissionAllowed({ permission: CLIPBOARD_WRITE, requestingUrl: PAGE, isMainFrame: true })).toBe(true);
    expect(isPermissionAllowed({ permission: CLIPBOARD_WRITE, requestingUrl: APP_ORIGIN, isMainFrame: true })).toBe(
      true,
    );
  });

  it.each([
    'clipboard-read',
    'deprecated-sync-clipboard-read',
    'media',
    'display-capture',
    'geolocation',
    'notifications',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'hid',
    'usb',
    'serial',
    'midiSysex',
    'fileSystem',
    'unknown',
  ])('denies %s even to our own page', (permission) => {
    expect(isPermissionAllowed({ permission, requestingUrl: PAGE, isMainFrame: true })).toBe(false);
  });

  it.each([
    ['a sub-frame of our page', PAGE, false],
    ['a remote page', 'https://evil.example/', true],
    ['a file:// page', 'file:///tmp/x.html', true],
    ['another app:// host', 'app://renderer.evil/index.html', true],
    ['a URL with credentials', 'app://user@renderer/index.html', true],
    ['an unknown requester', undefined, true],
    ['an unparsable URL', 'not a url', true],
  ] as const)('denies clipboard writes to %s', (_name, requestingUrl, isMainFrame) => {
    expect(isPermissionAllowed({ permission: CLIPBOARD_WRITE, requestingUrl, isMainFrame })).toBe(false);
  });
});
