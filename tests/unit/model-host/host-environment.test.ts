import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ForkHostLauncher, HOST_ENVIRONMENT, hostEnvironment } from '../../../main/services/model-host';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('model host environment', () => {
  it('asks for a small libuv pool unless the environment already sets one', () => {
    expect(HOST_ENVIRONMENT.UV_THREADPOOL_SIZE).toBe('2');
    expect(hostEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', UV_THREADPOOL_SIZE: '2' });
    expect(hostEnvironment({ UV_THREADPOOL_SIZE: '1' }).UV_THREADPOOL_SIZE).toBe('1');
  });

  it('is the environment a forked host process really starts with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mea-host-env-'));
    dirs.push(dir);
    const entry = join(dir, 'print-env.mjs');
    writeFileSync(entry, 'process.send({ pool: process.env.UV_THREADPOOL_SIZE }, () => process.exit(0));\n');
    const saved = process.env.UV_THREADPOOL_SIZE;
    delete process.env.UV_THREADPOOL_SIZE;
    try {
      const host = new ForkHostLauncher({ entryPath: entry }).launch();
      const message = await new Promise<unknown>((resolve) => host.onMessage(resolve));
      expect(message).toEqual({ pool: '2' });
    } finally {
      if (saved !== undefined) process.env.UV_THREADPOOL_SIZE = saved;
    }
  });
});
