// Offline guarantee, statically: the downloads HTTP source and the remote engine's client (used only for a server
// the user added) are the only network code in main/, preload/ and renderer/src/ (imports of
// net/http/https/http2/tls/dgram/dns/undici/electron net, fetch/WebSocket/XHR/EventSource).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNetworkUses } from './network-usage';

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED_DIRS = ['main', 'preload', join('renderer', 'src')];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Every network use allowed in the app, by file. Keep this short: each entry is a way out of the machine. */
const ALLOWLIST: Record<string, readonly string[]> = {
  // The model/adapter download (only when the user presses Download): plain HTTP(S) with Range requests.
  'main/services/downloads/http-source.ts': ['import of node:http', 'import of node:https'],
  // A classroom/department server the user added (off until then): Node's fetch, https or loopback/local network.
  'main/services/remote-engine/openai-client.ts': ['reference to fetch'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('the scanner', () => {
  it('finds every kind of network code, each on its line', () => {
    const source = [
      "import { request } from 'node:https';", // 1
      "import * as net from 'net';", // 2
      "import { net as electronNet, app } from 'electron';", // 3
      "import * as electron from 'electron';", // 4
      "export { connect } from 'node:tls';", // 5
      "const dns = require('node:dns');", // 6
      "const later = await import('undici');", // 7
      'void fetch("http://example.com");', // 8
      "const socket = new WebSocket('ws://x');", // 9
      'const xhr = new XMLHttpRequest();', // 10
      "const events = new EventSource('/s');", // 11
      "globalThis.fetch('x'); window['fetch']('y');", // 12
      'const { fetch: f } = globalThis;', // 13
      'electron.net.request("x");', // 14
      'const name = "http2"; void import(name);', // 15
      'const client = { fetch };', // 16
      "import dgram from 'node:dgram';", // 17
    ].join('\n');
    const found = findNetworkUses('sample.ts', source).map((use) => `${use.line}: ${use.what}`);
    expect(found).toEqual([
      '1: import of node:https',
      '2: import of net',
      "3: import of electron's net",
      '5: re-export of node:tls',
      '6: require() of node:dns',
      '7: import() of undici',
      '8: call of fetch',
      '9: construction of WebSocket',
      '10: construction of XMLHttpRequest',
      '11: construction of EventSource',
      '12: use of globalThis.fetch',
      "12: use of window['fetch']",
      '13: destructuring of global fetch',
      "14: use of electron's net",
      '15: import() of a computed module name',
      '16: reference to fetch',
      '17: import of node:dgram',
    ]);
  });

  it('is not fooled by comments, strings, types, property names, local names or type-only imports', () => {
    const source = [
      "import type { IncomingMessage } from 'node:http';",
      "import { type Socket } from 'node:net';",
      "import { app, type net } from 'electron';",
      "// fetch('https://example.com'); import https from 'node:https';",
      "const text = \"new WebSocket('ws://x') and require('node:net')\";",
      'const template = `fetch(${text})`;',
      'interface Client { fetch(url: string): Promise<void>; socket: WebSocket }',
      'const repo = { fetch: () => 1 }; repo.fetch();',
      'function run(fetch: (u: string) => void) { fetch("local"); }',
      "type Body = Parameters<typeof fetch>[0]; this.decks.require('node:http');",
    ].join('\n');
    expect(findNetworkUses('sample.tsx', source)).toEqual([]);
  });
});

describe('network code in the app', () => {
  const files = SCANNED_DIRS.flatMap(sourceFiles);
  const uses = files.flatMap((file) =>
    findNetworkUses(file, readFileSync(join(ROOT, file), 'utf8')).map((use) => ({ file, ...use })),
  );

  it('scans the whole app', () => {
    // main, preload and the renderer have hundreds of files; a broken walk must not pass vacuously.
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain('main/services/downloads/http-source.ts');
    expect(files.some((file) => file.endsWith('.tsx'))).toBe(true);
  });

  it('lives only in the allowlisted download source', () => {
    const outside = uses
      .filter((use) => !ALLOWLIST[use.file]?.includes(use.what))
      .map((use) => `${use.file}:${use.line}: ${use.what}`);
    expect(
      outside,
      'Network code outside the allowlist (only the downloads HTTP source may reach the network; ' +
        'see ALLOWLIST in tests/unit/architecture/network-code.test.ts):\n' +
        outside.join('\n'),
    ).toEqual([]);
    const allowed = Object.entries(ALLOWLIST).map(([file, whats]) => `${file} (${whats.join(', ')})`);
    console.log(`network-code: ${files.length} files scanned, network code only in ${allowed.join('; ')}`);
  });

  it('has no stale allowlist entry', () => {
    for (const [file, whats] of Object.entries(ALLOWLIST)) {
      const found = uses.filter((use) => use.file === file).map((use) => use.what);
      expect(found, `${file} no longer has all of its allowlisted network uses`).toEqual(
        expect.arrayContaining([...whats]),
      );
    }
  });
});
