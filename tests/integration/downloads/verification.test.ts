// What the download service refuses, and how it says so: corrupted bytes, files the server cannot
// vouch for, servers that are down or answer errors, a full disk; and the X-Linked-Etag path.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadServiceOptions } from '../../../main/services/downloads';
import { closedPortUrl, RangeServer } from './range-server';
import {
  ADAPTER_ID,
  createService,
  fixtureBytes,
  LINKED_FILE,
  LINKED_ID,
  PINNED_FILE,
  PINNED_ID,
  resolvePath,
  tempModelsDir,
  testCatalog,
  type FixtureBytes,
} from './support';

let fixture: FixtureBytes;
let server: RangeServer;

beforeAll(async () => {
  fixture = await fixtureBytes();
});

afterEach(async () => {
  await server?.close();
});

async function startServer(options: ConstructorParameters<typeof RangeServer>[0] = {}): Promise<RangeServer> {
  server = await new RangeServer(options).start();
  server.serve(resolvePath(PINNED_FILE), { body: fixture.body });
  return server;
}

function downloadOnce(entryId: string, overrides: Partial<DownloadServiceOptions> = {}, urlBase = server.url) {
  const modelsDir = tempModelsDir();
  const test = createService(modelsDir, testCatalog(urlBase, fixture), overrides);
  return {
    ...test,
    modelsDir,
    run: async () => {
      await test.service.start(entryId);
      return test.service.whenSettled(entryId);
    },
  };
}

describe('verification before install', () => {
  it('a corrupted byte fails the SHA-256 check naming expected and actual, and nothing is moved into place', async () => {
    await startServer();
    server.corruptAt = 123_457;
    const { run, modelsDir } = downloadOnce(PINNED_ID);
    const final = await run();
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('checksum');
    expect(final.error).toContain(`expected SHA-256 ${fixture.sha256}, got `);
    expect(final.error).toMatch(/got [0-9a-f]{64}/);
    expect(readdirSync(modelsDir)).toEqual([]); // no model, no part, no sidecar
  });

  it('verifies against the X-Linked-Etag sent on the redirect, as Hugging Face does for LFS files', async () => {
    await startServer({ redirect: true });
    server.serve(resolvePath(LINKED_FILE), { body: fixture.body, linkedSha256: fixture.sha256 });
    const { run, modelsDir } = downloadOnce(LINKED_ID);
    const final = await run();
    expect(final.state).toBe('installed');
    expect(final.installedPath).toBe(join(modelsDir, LINKED_FILE));
    expect(server.log.map((r) => r.status)).toEqual([302, 200]);
    expect(server.log[1]?.path).toContain('/cdn/');
  });

  it('a wrong X-Linked-Etag is a checksum mismatch; a missing one is refused; nothing is installed', async () => {
    await startServer({ redirect: true });
    server.serve(resolvePath(LINKED_FILE), { body: fixture.body, linkedSha256: 'ab'.repeat(32) });
    const wrong = downloadOnce(LINKED_ID);
    const mismatch = await wrong.run();
    expect(mismatch.errorCode).toBe('checksum');
    expect(mismatch.error).toContain(`expected SHA-256 ${'ab'.repeat(32)}, got ${fixture.sha256}`);
    expect(readdirSync(wrong.modelsDir)).toEqual([]);

    server.serve(resolvePath(LINKED_FILE), { body: fixture.body });
    const unsigned = downloadOnce(LINKED_ID);
    const refused = await unsigned.run();
    expect(refused.state).toBe('failed');
    expect(refused.errorCode).toBe('no-checksum');
    expect(refused.error).toMatch(/X-Linked-Etag/);
    expect(readdirSync(unsigned.modelsDir)).toEqual([]);
  });

  it('a server offering other bytes than the catalog pins is refused before downloading them', async () => {
    await startServer({ redirect: true });
    server.serve(resolvePath(PINNED_FILE), { body: fixture.body, linkedSha256: 'cd'.repeat(32) });
    const final = await downloadOnce(PINNED_ID).run();
    expect(final.errorCode).toBe('checksum');
    expect(final.error).toMatch(/different bytes than the catalog pins/);
    // Refused on the redirect that named the hash: the file itself was never requested.
    expect(server.log.map((r) => r.status)).toEqual([302]);
  });
});

describe('server and disk problems', () => {
  it('server down: retried with backoff, then one clear error', async () => {
    const { run, events } = downloadOnce(PINNED_ID, {}, await closedPortUrl());
    const final = await run();
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('network');
    expect(final.error).toMatch(
      /Cannot connect to 127\.0\.0\.1:\d+: the connection was refused \(is the server down\?\)/,
    );
    expect(final.error).toMatch(/Gave up after 3 retries; press Retry to continue from where it stopped\./);
    expect(events.filter((e) => e.state === 'retrying').map((e) => e.message?.match(/retry \d of 3/)?.[0])).toEqual([
      'retry 1 of 3',
      'retry 2 of 3',
      'retry 3 of 3',
    ]);
  });

  it('HTTP 404 fails at once, naming the status and the file', async () => {
    await startServer();
    server.failNext = [404];
    const final = await downloadOnce(PINNED_ID).run();
    expect(final.errorCode).toBe('not-found');
    expect(final.error).toMatch(/not found on the server \(HTTP 404\).*tiny\.Q8_0\.gguf/);
    expect(server.log).toHaveLength(1);
  });

  it('HTTP 500 is retried and the download then completes', async () => {
    await startServer();
    server.failNext = [500, 503];
    const { run, events } = downloadOnce(PINNED_ID);
    const final = await run();
    expect(final.state).toBe('installed');
    expect(server.log.map((r) => r.status)).toEqual([500, 503, 200]);
    expect(events.some((e) => e.state === 'retrying' && /HTTP 500/.test(e.message ?? ''))).toBe(true);
  });

  it('refuses to start without enough free disk space, before any request', async () => {
    await startServer();
    const statfs = async () => ({ bavail: 10, bsize: 4096 });
    const { run, modelsDir } = downloadOnce(PINNED_ID, { statfs });
    const final = await run();
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('disk-space');
    expect(final.error).toContain(`Not enough free disk space in ${modelsDir}`);
    expect(final.error).toMatch(/only 41 kB is free/);
    expect(server.log).toHaveLength(0);
  });

  it('a part file that cannot be written fails clearly, without a request or an install', async () => {
    await startServer();
    const { run, modelsDir } = downloadOnce(PINNED_ID);
    // A folder where the part file should go makes opening it fail (EISDIR), as an unwritable disk would.
    mkdirSync(join(modelsDir, `${PINNED_FILE}.part`), { recursive: true });
    const final = await run();
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('io');
    expect(final.error).toContain(`A file in ${modelsDir} could not be read or written`);
    expect(final.error).toMatch(/EISDIR.*tiny\.Q8_0\.gguf\.part/);
    expect(existsSync(join(modelsDir, PINNED_FILE))).toBe(false);
    expect(server.log).toHaveLength(0);
  });
});

describe('the PEFT adapter entry', () => {
  it('needs its source URL, then downloads both files and converts them against the installed base', async () => {
    await startServer();
    const adapterFiles = {
      'adapter_config.json': Buffer.from('{"r": 8}'),
      'adapter_model.safetensors': Buffer.alloc(4096, 7),
    };
    for (const [name, body] of Object.entries(adapterFiles)) server.serve(`/adapters/medical/${name}`, { body });
    const calls: { peftDir: string; basePath: string; outPath: string; source: string }[] = [];
    const { service, modelsDir, settings } = downloadOnce(ADAPTER_ID, {
      convertAdapter: async (input) => {
        calls.push(input);
        mkdirSync(dirname(input.outPath), { recursive: true });
        writeFileSync(input.outPath, 'converted');
        return { outPath: input.outPath };
      },
    });

    await expect(service.start(ADAPTER_ID)).rejects.toThrow(/Set the adapter source URL first/);
    expect((await service.catalogView()).entries.find((e) => e.id === ADAPTER_ID)?.needsSourceUrl).toBe(true);
    await expect(service.setAdapterSource('ftp://example.org/x')).rejects.toThrow(/must start with https:\/\//);
    await service.setAdapterSource(`${server.url}/adapters/medical/`);

    // No base model yet: the conversion says what is missing.
    await service.start(ADAPTER_ID);
    const noBase = await service.whenSettled(ADAPTER_ID);
    expect(noBase.state).toBe('failed');
    expect(noBase.errorCode).toBe('config');
    expect(noBase.error).toMatch(/no model is installed or chosen/);

    settings.modelPath = fixture.modelPath;
    await service.start(ADAPTER_ID);
    const final = await service.whenSettled(ADAPTER_ID);
    expect(final.state).toBe('installed');
    expect(final.installedPath).toBe(join(modelsDir, 'tiny-adapter', `${ADAPTER_ID}.gguf`));
    expect(calls).toEqual([
      expect.objectContaining({
        peftDir: join(modelsDir, 'tiny-adapter', 'peft'),
        basePath: fixture.modelPath,
        source: `${server.url}/adapters/medical`,
      }),
    ]);
    // The files were fetched once: the retry after the failed conversion did not download them again.
    expect(server.fileRequests().map((r) => r.path)).toEqual([
      '/adapters/medical/adapter_config.json',
      '/adapters/medical/adapter_model.safetensors',
    ]);
  });
});
