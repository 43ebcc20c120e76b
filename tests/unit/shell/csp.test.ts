// The CSP in index.html's meta tag must say what the app:// protocol's header says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values.join(' ')]),
  );
}

describe('content security policy', () => {
  const header = directives(CONTENT_SECURITY_POLICY);

  it('forbids remote content, inline script and any network connection', () => {
    expect(header.get('default-src')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('connect-src')).toBe("'none'");
    // No data: images: the renderer has none (markdown images are shown as alt text). Card images and
    // audio come only from the media store's URLs.
    expect(header.get('img-src')).toBe("'self' app://media");
    expect(header.get('media-src')).toBe('app://media');
    expect(header.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is repeated verbatim in index.html, except frame-ancestors (not allowed in a meta tag)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(header);
    expected.delete('frame-ancestors');
    expect(directives(meta as string)).toEqual(expected);
  });
});
