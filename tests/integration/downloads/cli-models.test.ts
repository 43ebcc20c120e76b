// `npm run cli -- models …` as a user runs it, against the local test server: download with progress on
// stderr and the path on stdout, verify by catalog hash, and one-line failures with exit code 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RangeServer } from './range-server';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import {
  ADAPTER_ID,
  blobCatalog,
  fixtureBytes,
  PINNED_FILE,
  PINNED_ID,
  rawPath,
  resolvePath,
  testCatalog,
  type FixtureBytes,
} from './support';
import { PEFT_FILES, tinyPeftFiles } from './tiny-peft';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
let fixture: FixtureBytes;
let server: RangeServer;
let dir: string;
let catalogFile: string;
let peft: Record<string, Buffer>;

/** Async on purpose: the server answering the CLI lives in this process. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: { ...process.env, MEA_CATALOG_FILE: catalogFile },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr: stderr.trim() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.trim() };
  }
}

beforeAll(async () => {
  fixture = await fixtureBytes();
  server = await new RangeServer().start();
  server.serve(resolvePath(PINNED_FILE), { body: fixture.body });
  peft = await tinyPeftFiles((await ensureTinyModel()).meta.vocabSize);
  for (const name of PEFT_FILES) server.serve(rawPath(name), { body: peft[name]! });
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-models-'));
  catalogFile = join(dir, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(testCatalog(server.url, fixture)));
});

afterAll(async () => {
  await server.close();
});

describe('cli models', () => {
  it('downloads a catalog entry, resuming after a cut, and verifies it', async () => {
    server.cutAt = [1_000_000];
    const models = join(dir, 'models');
    const download = await cli('models', 'download', PINNED_ID, '--dir', models);
    expect(download.stderr).toMatch(/tiny-pinned: retrying .*retry 1 of 5/);
    expect(download.stderr).toMatch(/tiny-pinned: verifying/);
    expect(download.code).toBe(0);
    expect(download.stdout.trim()).toBe(join(models, PINNED_FILE));
    expect(server.fileRequests().map((r) => r.start)).toEqual([0, 1_000_000]);

    const list = await cli('models', 'list', '--dir', models);
    expect(list.stdout).toContain(
      `tiny-pinned\t${(fixture.body.length / 1e6).toFixed(1)} MB\tinstalled: ${join(models, PINNED_FILE)}`,
    );

    const verify = await cli('models', 'verify', join(models, PINNED_FILE));
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`sha256: ${fixture.sha256}`);
    expect(verify.stdout).toMatch(/header: GGUF v3 · llama · model/);
    expect(verify.stdout).toContain('hash:   matches catalog entry tiny-pinned');
  });

  it('fails with one line and exit code 2 for a wrong hash, a non-GGUF file and an unknown entry', async () => {
    const wrong = await cli('models', 'verify', fixture.modelPath, '--sha256', '0'.repeat(64));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      `error: ${fixture.modelPath}: checksum mismatch: expected SHA-256 ${'0'.repeat(64)}, got ${fixture.sha256}`,
    );
    const notGguf = join(dir, 'notes.gguf');
    writeFileSync(notGguf, 'plain text, not a model');
    const bad = await cli('models', 'verify', notGguf);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*notes\.gguf: not a GGUF file \(bad magic/);
    expect(bad.stderr.split('\n')).toHaveLength(1);
    const unknown = await cli('models', 'download', 'no-such-model', '--dir', dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown catalog entry "no-such-model" \(known: tiny-pinned, /);
  });

  it('downloads the adapter from its pinned default source without --url-base, verified by blob id', async () => {
    const blobFile = join(dir, 'blob-catalog.json');
    writeFileSync(blobFile, JSON.stringify(blobCatalog(server.url, fixture, peft)));
    const models = join(dir, 'adapter-models');
    const previous = catalogFile;
    catalogFile = blobFile;
    try {
      const list = await cli('models', 'list', '--dir', models);
      expect(list.stdout).toContain(`from ${server.url}${rawPath('').slice(0, -1)}`);
      expect(list.stdout).toContain('verified by git-blob');
      const download = await cli('models', 'download', ADAPTER_ID, '--dir', models, '--base', fixture.modelPath);
      expect(download.stderr).toMatch(/tiny-adapter: verifying Verifying the git blob id of adapter_config\.json/);
      expect(download.code).toBe(0);
      expect(download.stdout.trim()).toBe(join(models, 'tiny-adapter', `${ADAPTER_ID}.gguf`));
    } finally {
      catalogFile = previous;
    }
  });
});
