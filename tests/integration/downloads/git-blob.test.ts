// The adapter's default source: raw files at a pinned commit, each verified by its git blob id (computed
// here from the served bytes) before it is moved into place; its SHA-256 is recorded after the first
// verified download and used to check the file again before every conversion.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadServiceOptions } from '../../../main/services/downloads';
import { RangeServer } from './range-server';
import {
  ADAPTER_ID,
  blobCatalog,
  createService,
  fixtureBytes,
  gitBlobId,
  rawPath,
  tempModelsDir,
  waitForEvent,
  type FixtureBytes,
} from './support';

const CONFIG = 'adapter_config.json';
const WEIGHTS = 'adapter_model.safetensors';

let fixture: FixtureBytes;
let server: RangeServer;
let files: Record<string, Buffer>;

beforeAll(async () => {
  fixture = await fixtureBytes();
  files = {
    [CONFIG]: Buffer.from(JSON.stringify({ r: 8, lora_alpha: 16, target_modules: ['q_proj', 'v_proj'] })),
    [WEIGHTS]: randomBytes(1_500_000),
  };
});

afterEach(async () => {
  await server?.close();
});

async function startServer(options: ConstructorParameters<typeof RangeServer>[0] = {}): Promise<RangeServer> {
  server = await new RangeServer(options).start();
  for (const [name, body] of Object.entries(files)) server.serve(rawPath(name), { body });
  return server;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A converter that records its calls and writes a placeholder GGUF (conversion has its own tests). */
function fakeConverter() {
  const calls: { peftDir: string; basePath: string; source: string }[] = [];
  const convertAdapter: DownloadServiceOptions['convertAdapter'] = async (input) => {
    calls.push(input);
    mkdirSync(dirname(input.outPath), { recursive: true });
    writeFileSync(input.outPath, 'converted');
    return { outPath: input.outPath };
  };
  return { calls, convertAdapter };
}

function adapterService(modelsDir = tempModelsDir(), overrides: Partial<DownloadServiceOptions> = {}) {
  const converter = fakeConverter();
  const test = createService(modelsDir, blobCatalog(server.url, fixture, files), {
    convertAdapter: converter.convertAdapter,
    ...overrides,
  });
  test.settings.modelPath = fixture.modelPath;
  const peftDir = join(modelsDir, 'tiny-adapter', 'peft');
  return { ...test, modelsDir, peftDir, converter };
}

async function download(service: ReturnType<typeof adapterService>['service']) {
  await service.start(ADAPTER_ID);
  return service.whenSettled(ADAPTER_ID);
}

describe('adapter files verified by git blob id', () => {
  it('downloads from the pinned commit with no source URL set, verifies each blob id and records its SHA-256', async () => {
    await startServer();
    const { service, peftDir, converter, modelsDir } = adapterService();
    const view = (await service.catalogView()).entries.find((entry) => entry.id === ADAPTER_ID);
    expect(view).toMatchObject({ needsSourceUrl: false, verification: 'git-blob' });
    expect(view?.source).toBe(`${server.url}${dirname(rawPath(CONFIG))}`);

    const final = await download(service);
    expect(final.error).toBeNull();
    expect(final.state).toBe('installed');
    expect(server.fileRequests().map((r) => r.path)).toEqual([rawPath(CONFIG), rawPath(WEIGHTS)]);
    for (const name of [CONFIG, WEIGHTS]) expect(readFileSync(join(peftDir, name)).equals(files[name]!)).toBe(true);
    expect(converter.calls).toEqual([
      expect.objectContaining({ peftDir, source: `${server.url}${dirname(rawPath(CONFIG))}` }),
    ]);
    expect(final.installedPath).toBe(join(modelsDir, 'tiny-adapter', `${ADAPTER_ID}.gguf`));

    const record = JSON.parse(readFileSync(join(peftDir, 'verified-files.json'), 'utf8'));
    for (const name of [CONFIG, WEIGHTS]) {
      expect(record.files[name]).toEqual({
        sizeBytes: files[name]!.length,
        sha256: sha256(files[name]!),
        gitBlobSha1: gitBlobId(files[name]!),
        source: `${server.url}${rawPath(name)}`,
        verifiedAt: expect.any(Number),
      });
    }
  });

  it('one flipped byte fails with a git blob id mismatch, and the bad file is never installed or converted', async () => {
    await startServer();
    server.corruptAt = 700_001;
    const { service, peftDir, converter, modelsDir } = adapterService();
    const final = await download(service);
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('checksum');
    const flipped = Buffer.from(files[WEIGHTS]!);
    flipped[700_001] = (flipped[700_001] ?? 0) ^ 0xff;
    expect(final.error).toBe(
      `Git blob id mismatch for ${join(peftDir, WEIGHTS)}: expected ${gitBlobId(files[WEIGHTS]!)}, got ${gitBlobId(flipped)}. The download was discarded; nothing was installed.`,
    );
    // The good config stays (verified and recorded); the bad weights left no file, part or record.
    expect(readdirSync(peftDir).sort()).toEqual([CONFIG, 'verified-files.json']);
    const record = JSON.parse(readFileSync(join(peftDir, 'verified-files.json'), 'utf8'));
    expect(Object.keys(record.files)).toEqual([CONFIG]);
    expect(converter.calls).toEqual([]);
    expect(existsSync(join(modelsDir, 'tiny-adapter', `${ADAPTER_ID}.gguf`))).toBe(false);

    // Retry with good bytes: only the weights are fetched again.
    server.corruptAt = null;
    expect((await download(service)).state).toBe('installed');
    expect(server.fileRequests().map((r) => r.path)).toEqual([rawPath(CONFIG), rawPath(WEIGHTS), rawPath(WEIGHTS)]);
  });

  it('a connection cut mid-file resumes at the part size and still verifies', async () => {
    await startServer();
    server.cutAt = [400_000, 1_100_000];
    const { service, events } = adapterService();
    const final = await download(service);
    expect(final.error).toBeNull();
    expect(final.state).toBe('installed');
    const weights = server.fileRequests().filter((r) => r.path === rawPath(WEIGHTS));
    expect(weights.map((r) => [r.status, r.start])).toEqual([
      [200, 0],
      [206, 400_000],
      [206, 1_100_000],
    ]);
    expect(weights.reduce((sum, r) => sum + r.bytesSent, 0)).toBe(files[WEIGHTS]!.length);
    expect(events.some((e) => e.state === 'verifying' && /git blob id of adapter_model/.test(e.message ?? ''))).toBe(
      true,
    );
  });

  it('paused, then resumed by a new service (the app restarted): the blob id is rebuilt from the part on disk', async () => {
    await startServer({ bytesPerSecond: 1_000_000 });
    const modelsDir = tempModelsDir();
    const first = adapterService(modelsDir);
    await first.service.start(ADAPTER_ID);
    await waitForEvent(first.events, (e) => e.receivedBytes > files[CONFIG]!.length + 300_000);
    expect((await first.service.pause(ADAPTER_ID)).state).toBe('paused');
    await first.service.dispose();
    const part = readFileSync(join(first.peftDir, `${WEIGHTS}.part`));
    expect(part.length).toBeGreaterThan(300_000);
    expect(part.length).toBeLessThan(files[WEIGHTS]!.length);

    const second = adapterService(modelsDir);
    expect((await second.service.progress(ADAPTER_ID)).state).toBe('paused');
    const final = await download(second.service);
    expect(final.error).toBeNull();
    expect(final.state).toBe('installed');
    const last = server.fileRequests().at(-1)!;
    expect(last).toMatchObject({ path: rawPath(WEIGHTS), status: 206, start: part.length });
  });

  it('a file changed on disk after it was verified is caught by its recorded SHA-256 and fetched again', async () => {
    await startServer();
    const { service, peftDir, modelsDir } = adapterService(tempModelsDir(), {
      convertAdapter: async () => {
        throw new Error('base does not fit');
      },
    });
    const failed = await download(service);
    expect(failed.errorCode).toBe('conversion');
    expect(server.fileRequests()).toHaveLength(2);

    // Someone edits the weights between the failed conversion and Retry.
    const edited = Buffer.from(files[WEIGHTS]!);
    edited[10] = (edited[10] ?? 0) ^ 1;
    writeFileSync(join(peftDir, WEIGHTS), edited);
    const converter = fakeConverter();
    const retry = adapterService(modelsDir, { convertAdapter: converter.convertAdapter });
    const final = await download(retry.service);
    expect(final.state).toBe('installed');
    expect(retry.events.some((e) => /adapter_model\.safetensors changed on disk/.test(e.message ?? ''))).toBe(true);
    expect(server.fileRequests().map((r) => r.path)).toEqual([rawPath(CONFIG), rawPath(WEIGHTS), rawPath(WEIGHTS)]);
    expect(readFileSync(join(peftDir, WEIGHTS)).equals(files[WEIGHTS]!)).toBe(true);
    expect(converter.calls).toHaveLength(1);
  });

  it('files downloaded before records existed are checked by blob id, then recorded', async () => {
    await startServer();
    const { service, peftDir, converter } = adapterService();
    mkdirSync(peftDir, { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(join(peftDir, name), body);
    const final = await download(service);
    expect(final.state).toBe('installed');
    expect(server.fileRequests()).toEqual([]);
    expect(converter.calls).toHaveLength(1);
    const record = JSON.parse(readFileSync(join(peftDir, 'verified-files.json'), 'utf8'));
    expect(record.files[WEIGHTS].sha256).toBe(sha256(files[WEIGHTS]!));
  });

  it('a source URL the user sets overrides the default and is held to the same blob ids', async () => {
    await startServer();
    server.serve('/mirror/peft/adapter_config.json', { body: files[CONFIG]! });
    server.serve('/mirror/peft/adapter_model.safetensors', { body: files[WEIGHTS]! });
    server.serve('/other/peft/adapter_config.json', { body: files[CONFIG]! });
    server.serve('/other/peft/adapter_model.safetensors', { body: randomBytes(2000) });

    const mirror = adapterService();
    const view = await mirror.service.setAdapterSource(`${server.url}/mirror/peft`);
    expect(view.adapterSourceUrl).toBe(`${server.url}/mirror/peft`);
    expect((await download(mirror.service)).state).toBe('installed');
    expect(server.fileRequests().map((r) => r.path)).toEqual([
      '/mirror/peft/adapter_config.json',
      '/mirror/peft/adapter_model.safetensors',
    ]);

    const other = adapterService();
    await other.service.setAdapterSource(`${server.url}/other/peft`);
    const refused = await download(other.service);
    expect(refused.errorCode).toBe('checksum');
    expect(refused.error).toMatch(/^Git blob id mismatch for .*adapter_model\.safetensors: expected /);

    // Clearing the override (or typing the default's own address) goes back to the pinned commit.
    const back = await other.service.setAdapterSource(`${server.url}${dirname(rawPath(CONFIG))}/`);
    expect(back.adapterSourceUrl).toBeNull();
  });
});
