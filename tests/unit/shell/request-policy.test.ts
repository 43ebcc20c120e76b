// The session's request filter: only app://renderer, app://media/<sha256> (and DevTools' own pages) load;
// every other URL is cancelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/shell/app-origin';
import { isRequestAllowed } from '../../../main/shell/request-policy';

const HASH = 'c0ffee'.repeat(10) + 'abcd';

describe('isRequestAllowed', () => {
  it("lets the app's own files and DevTools' front end through", () => {
    expect(isRequestAllowed(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isRequestAllowed(`${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it('lets stored media through only as app://media/<sha256>', () => {
    expect(isRequestAllowed(`app://media/${HASH}`)).toBe(true);
    expect(isRequestAllowed(`app://media/${HASH.toUpperCase()}`)).toBe(false);
    expect(isRequestAllowed(`app://media/${HASH}.png`)).toBe(false);
    expect(isRequestAllowed(`app://media/${HASH}?x=1`)).toBe(false);
    expect(isRequestAllowed('app://media/index.html')).toBe(false);
    expect(isRequestAllowed('app://media/')).toBe(false);
    expect(isRequestAllowed(`app://user@media/${HASH}`)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:5173/index.html',
    'https://huggingface.co/TheBloke/model.gguf',
    'ws://localhost:8080/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://renderer/3f1c2a',
    'javascript:alert(1)',
    'chrome-extension://abcdefghijklmnop/page.html',
    'chrome://settings',
    'app://other-host/index.html',
    'app://renderer:8080/index.html',
    'app://user@renderer/index.html',
    'app:renderer/index.html',
    'renderer/index.html',
    '',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });

  it('cancels every generated web URL, whatever its host, path or query', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isRequestAllowed(url)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('cancels any scheme other than app: and devtools:', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((s) => s !== 'app' && s !== 'devtools');
    fc.assert(
      fc.property(scheme, fc.webPath(), (s, path) => {
        expect(isRequestAllowed(`${s}://renderer${path}`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
