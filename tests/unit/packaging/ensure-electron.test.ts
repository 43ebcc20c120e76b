// scripts/ensure-electron.mjs runs Electron's own installer before `npm start` / `npm run dist`: nothing to do when
// the binary is there, a download when it is not, and one line + exit 1 (never a stack trace) when that fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFakeProject,
  ELECTRON_VERSION,
  PLATFORM_PATH,
  REPO,
  run,
  type FakeProject,
} from './electron-install-fixture';

let project: FakeProject;
beforeEach(async () => {
  project = await createFakeProject();
});
afterEach(async () => {
  await project.close();
});

function ensure(env: NodeJS.ProcessEnv = project.env, args: string[] = [], cwd = project.dir) {
  return run(process.execPath, [join(project.dir, 'scripts', 'ensure-electron.mjs'), ...args], { cwd, env });
}

const nonEmptyLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('scripts/ensure-electron.mjs', () => {
  it('does nothing when the binary is installed: no download is attempted', async () => {
    project.markInstalled();
    const result = await ensure();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(project.requests).toEqual([]);
  });

  it('when the download fails, prints one line saying what failed and what to do, and exits 1', async () => {
    const result = await ensure();
    expect(result.status).toBe(1);
    // It did try, at the configured mirror.
    expect(project.requests.some((url) => url.includes(`electron-v${ELECTRON_VERSION}-`))).toBe(true);
    const errors = nonEmptyLines(result.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^npm start: could not download the Electron ${ELECTRON_VERSION.replace(/\./g, '\\.')} binary from 127\\.0\\.0\\.1:\\d+ \\(.*404.*\\)\\. Connect to the internet`,
      ),
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(nonEmptyLines(result.stdout)).toEqual([expect.stringMatching(/^Installing the Electron .* binary/)]);
    expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);
  });

  it('names the command it runs for, and says so when the network itself is unreachable', async () => {
    const env = { ...project.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' };
    const result = await ensure(env, ['npm run dist']);
    expect(result.status).toBe(1);
    expect(nonEmptyLines(result.stderr)).toEqual([
      expect.stringMatching(
        /^npm run dist: could not download the Electron .* binary from 127\.0\.0\.1:9 \(fetch failed\)\./,
      ),
    ]);
  });

  it("installs the binary through Electron's installer when the download works, then is a no-op", async () => {
    project.serveZip({ [PLATFORM_PATH]: 'fake electron', version: ELECTRON_VERSION });
    const first = await ensure();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readFileSync(join(project.electronDir, 'path.txt'), 'utf8')).toBe(PLATFORM_PATH);
    expect(readFileSync(join(project.electronDir, 'dist', PLATFORM_PATH), 'utf8')).toBe('fake electron');
    const downloads = project.requests.length;
    expect(downloads).toBeGreaterThan(0);

    const second = await ensure();
    expect(second.status).toBe(0);
    expect(project.requests).toHaveLength(downloads);
  });

  it('tells the user to run npm install when the electron package is missing altogether', async () => {
    // Run from a folder with no node_modules at all.
    const result = await run(process.execPath, [join(REPO, 'scripts', 'ensure-electron.mjs')], {
      cwd: join(project.dir, 'scripts'),
      env: project.env,
    });
    expect(result.status).toBe(1);
    expect(nonEmptyLines(result.stderr)).toEqual([
      'npm start: the electron package is not installed: run `npm install` first.',
    ]);
  });

  it("accepts a binary named by ELECTRON_EXEC_PATH (electron-vite's override) without installing", async () => {
    const binary = join(project.dir, 'my-electron');
    writeFileSync(binary, 'binary');
    const result = await ensure({ ...project.env, ELECTRON_EXEC_PATH: binary });
    expect(result.status).toBe(0);
    expect(project.requests).toEqual([]);
  });
});

describe('npm start', () => {
  const startScript =
    (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
      .start ?? '';

  // A stand-in electron-vite in node_modules/.bin that records that it ran.
  function fakeElectronVite() {
    const bin = join(project.dir, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    const marker = join(project.dir, 'electron-vite-ran');
    const script = join(bin, 'electron-vite');
    writeFileSync(script, `#!/bin/sh\necho "$@" > "${marker}"\n`);
    chmodSync(script, 0o755);
    return { bin, marker };
  }

  async function runStart() {
    const { bin, marker } = fakeElectronVite();
    // As npm runs it: node_modules/.bin first on PATH, and this test's Node as `node`.
    const PATH = [bin, dirname(process.execPath), project.env.PATH ?? ''].join(delimiter);
    const result = await run(startScript, [], { cwd: project.dir, env: { ...project.env, PATH }, shell: true });
    return { result, ran: existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null };
  }

  it('goes through scripts/ensure-electron.mjs before electron-vite', () => {
    expect(startScript).toMatch(/^node scripts\/ensure-electron\.mjs && electron-vite preview$/);
  });

  it.skipIf(process.platform === 'win32')(
    'stops with the one line, never reaching electron-vite, when Electron cannot be installed',
    async () => {
      const { result, ran } = await runStart();
      expect(result.status).not.toBe(0);
      expect(ran).toBeNull();
      expect(result.stderr).not.toContain('Electron uninstall');
      expect(nonEmptyLines(result.stderr).at(-1)).toMatch(/^npm start: could not download the Electron /);
    },
  );

  it.skipIf(process.platform === 'win32')('starts electron-vite preview once Electron is installed', async () => {
    project.markInstalled();
    const { result, ran } = await runStart();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(ran).toBe('preview');
  });
});
