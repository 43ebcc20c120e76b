// Resuming downloads against a real HTTP server on 127.0.0.1: cut connections, pause and a restart of
// the service, a complete-but-unrenamed part (416), a server that ignores Range, delete and re-fetch.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RangeServer } from './range-server';
import {
  createService,
  fixtureBytes,
  PINNED_FILE,
  PINNED_ID,
  resolvePath,
  tempModelsDir,
  testCatalog,
  waitForEvent,
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

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Each request starts exactly where the bytes already received end: nothing is fetched twice. */
function expectContiguous(requests: { start: number; bytesSent: number }[], size: number): void {
  expect(requests[0]?.start).toBe(0);
  for (let i = 1; i < requests.length; i++) {
    const previous = requests[i - 1]!;
    expect(requests[i]!.start).toBe(previous.start + previous.bytesSent);
  }
  expect(requests.reduce((sum, request) => sum + request.bytesSent, 0)).toBe(size);
}

describe('resumable downloads', () => {
  it('survives connections cut at several points, resuming each time where it stopped', async () => {
    await startServer();
    const size = fixture.body.length;
    server.cutAt = [Math.floor(size * 0.13), Math.floor(size * 0.5), Math.floor(size * 0.91)];
    const modelsDir = tempModelsDir();
    const { service, events } = createService(modelsDir, testCatalog(server.url, fixture));

    await service.start(PINNED_ID);
    const final = await service.whenSettled(PINNED_ID);

    expect(final.state).toBe('installed');
    const installed = join(modelsDir, PINNED_FILE);
    expect(final.installedPath).toBe(installed);
    expect(sha256Of(installed)).toBe(fixture.sha256);
    expect(existsSync(`${installed}.part`)).toBe(false);
    expect(existsSync(`${installed}.part.json`)).toBe(false);

    const requests = server.fileRequests();
    expect(requests.map((r) => r.start)).toEqual([0, ...server.log.slice(1).map((r) => r.start)]);
    expect(requests).toHaveLength(4);
    expect(requests.slice(1).every((r) => r.status === 206)).toBe(true);
    expectContiguous(requests, size);
    // The cuts were network errors: retried with backoff, reported as 'retrying'.
    expect(events.filter((e) => e.state === 'retrying')).toHaveLength(3);
    expect(events.some((e) => e.state === 'verifying')).toBe(true);
  });

  it('pauses, keeps the part across a restart of the service, and resumes at the part size', async () => {
    await startServer({ bytesPerSecond: 1_500_000 });
    const modelsDir = tempModelsDir();
    const catalog = testCatalog(server.url, fixture);
    const first = createService(modelsDir, catalog);

    await first.service.start(PINNED_ID);
    await waitForEvent(first.events, (e) => e.receivedBytes > 400_000);
    const paused = await first.service.pause(PINNED_ID);
    expect(paused.state).toBe('paused');
    await first.service.dispose();

    const part = join(modelsDir, `${PINNED_FILE}.part`);
    const partBytes = readFileSync(part);
    expect(partBytes.length).toBeGreaterThan(400_000);
    expect(partBytes.length).toBeLessThan(fixture.body.length);
    expect(partBytes.equals(fixture.body.subarray(0, partBytes.length))).toBe(true);
    expect(existsSync(`${join(modelsDir, PINNED_FILE)}.part.json`)).toBe(true);

    // A new service instance (the app reopened) sees the paused download from the sidecar.
    const second = createService(modelsDir, catalog);
    const restored = await second.service.progress(PINNED_ID);
    expect(restored.state).toBe('paused');
    expect(restored.receivedBytes).toBe(partBytes.length);

    await second.service.resume(PINNED_ID);
    const final = await second.service.whenSettled(PINNED_ID);
    expect(final.state).toBe('installed');
    expect(sha256Of(join(modelsDir, PINNED_FILE))).toBe(fixture.sha256);

    const requests = server.fileRequests();
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ status: 206, start: partBytes.length });
    expect(requests[1]!.bytesSent).toBe(fixture.body.length - partBytes.length);
    // Progress carried speed and ETA while it was moving.
    expect(
      first.events.some((e) => e.state === 'downloading' && e.bytesPerSecond !== null && e.etaSeconds !== null),
    ).toBe(true);
  });

  function writePart(dest: string, bytes: Buffer): void {
    writeFileSync(`${dest}.part`, bytes);
    writeFileSync(
      `${dest}.part.json`,
      JSON.stringify({
        version: 1,
        entryId: PINNED_ID,
        file: dest,
        expectedSha256: fixture.sha256,
        linkedSha256: null,
        totalBytes: null,
        receivedBytes: bytes.length,
        updatedAt: 0,
      }),
    );
  }

  it('a complete part left unrenamed (app closed while verifying) is finished when the server answers 416', async () => {
    await startServer();
    const modelsDir = tempModelsDir();
    const dest = join(modelsDir, PINNED_FILE);
    const { service } = createService(modelsDir, testCatalog(server.url, fixture));
    writePart(dest, fixture.body);

    await service.start(PINNED_ID);
    expect((await service.whenSettled(PINNED_ID)).state).toBe('installed');
    expect(sha256Of(dest)).toBe(fixture.sha256);
    expect(server.log.map((r) => [r.status, r.start, r.bytesSent])).toEqual([[416, fixture.body.length, 0]]);
  });

  it('a part longer than the file (HTTP 416) fails clearly, is dropped, and Retry starts clean', async () => {
    await startServer();
    const modelsDir = tempModelsDir();
    const dest = join(modelsDir, PINNED_FILE);
    const { service } = createService(modelsDir, testCatalog(server.url, fixture));
    writePart(dest, Buffer.concat([fixture.body, Buffer.alloc(10)]));

    await service.start(PINNED_ID);
    const failed = await service.whenSettled(PINNED_ID);
    expect(failed.state).toBe('failed');
    expect(failed.errorCode).toBe('range');
    expect(failed.error).toMatch(/HTTP 416.*has \d+ bytes/);
    expect(existsSync(`${dest}.part`)).toBe(false);
    expect(existsSync(dest)).toBe(false);

    await service.start(PINNED_ID);
    expect((await service.whenSettled(PINNED_ID)).state).toBe('installed');
    expect(sha256Of(dest)).toBe(fixture.sha256);
  });

  it('a server that ignores Range makes it start over from byte 0 and still end verified', async () => {
    await startServer({ ignoreRange: true });
    server.cutAt = [700_000];
    const modelsDir = tempModelsDir();
    const { service } = createService(modelsDir, testCatalog(server.url, fixture));
    await service.start(PINNED_ID);
    const final = await service.whenSettled(PINNED_ID);
    expect(final.state).toBe('installed');
    expect(sha256Of(join(modelsDir, PINNED_FILE))).toBe(fixture.sha256);
    expect(server.fileRequests().map((r) => [r.status, r.start])).toEqual([
      [200, 0],
      [200, 0],
    ]);
  });

  it('a deleted model is "not installed" again and is fetched again in full', async () => {
    await startServer();
    const modelsDir = tempModelsDir();
    const { service } = createService(modelsDir, testCatalog(server.url, fixture));
    await service.start(PINNED_ID);
    expect((await service.whenSettled(PINNED_ID)).state).toBe('installed');
    await expect(service.start(PINNED_ID)).rejects.toThrow(/already installed/);

    rmSync(join(modelsDir, PINNED_FILE));
    expect((await service.progress(PINNED_ID)).state).toBe('not-installed');
    await service.start(PINNED_ID);
    expect((await service.whenSettled(PINNED_ID)).state).toBe('installed');
    expect(sha256Of(join(modelsDir, PINNED_FILE))).toBe(fixture.sha256);
    expect(server.fileRequests().map((r) => [r.start, r.bytesSent])).toEqual([
      [0, fixture.body.length],
      [0, fixture.body.length],
    ]);
  });

  it('cancel stops the transfer and deletes the part and its sidecar', async () => {
    await startServer({ bytesPerSecond: 1_000_000 });
    const modelsDir = tempModelsDir();
    const { service, events } = createService(modelsDir, testCatalog(server.url, fixture));
    await service.start(PINNED_ID);
    await waitForEvent(events, (e) => e.receivedBytes > 100_000);
    const cancelled = await service.cancel(PINNED_ID);
    expect(cancelled.state).toBe('not-installed');
    const dest = join(modelsDir, PINNED_FILE);
    expect(existsSync(`${dest}.part`)).toBe(false);
    expect(existsSync(`${dest}.part.json`)).toBe(false);
    expect(existsSync(dest)).toBe(false);
  });
});
