// The app:// protocol serves only files inside the built renderer folder: no path traversal, however encoded.
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererFile } from '../../../main/shell/renderer-files';

const ROOT = join(sep, 'opt', 'app', 'out', 'renderer');

describe('resolveRendererFile', () => {
  it('maps app://renderer paths to files inside the renderer folder', () => {
    expect(resolveRendererFile(ROOT, 'app://renderer/')).toBe(join(ROOT, 'index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer/assets/index-abc.js?v=1#top')).toBe(
      join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveRendererFile(ROOT, 'app://renderer/assets/a%20b.css')).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it.each([
    ['encoded dots and slash', 'app://renderer/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['encoded slash after ..', 'app://renderer/..%2f..%2f..%2fetc/passwd'],
    ['encoded backslash', 'app://renderer/..%5c..%5c..%5cwindows%5csystem.ini'],
    ['sibling folder with the same prefix', 'app://renderer/..%2frenderer-secrets/key.txt'],
    ['a NUL byte', 'app://renderer/index.html%00.png'],
    ['malformed percent-encoding', 'app://renderer/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a host with a port', 'app://renderer:8080/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveRendererFile(ROOT, url)).toBeNull();
  });

  it('lets URL parsing clamp a plain "../" at the root, so it stays inside the folder', () => {
    expect(resolveRendererFile(ROOT, 'app://renderer/../../../etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
  });

  it('decodes once: a double-encoded "../" stays a literal file name inside the folder', () => {
    expect(resolveRendererFile(ROOT, 'app://renderer/%252e%252e%252fsecret')).toBe(join(ROOT, '%2e%2e%2fsecret'));
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '..%2f', '%5c..', 'assets', 'index.html', '', '%00'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const file = resolveRendererFile(ROOT, `app://renderer/${segments.join('/')}`);
        if (file !== null) expect(file === ROOT + sep || file.startsWith(ROOT + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer ships and falls back to a type browsers will not execute', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/data.bin')).toBe('application/octet-stream');
  });
});
