// `npm run dist` (scripts/dist.mjs): Electron installed first (one line and exit 1 when it cannot be), signing
// checked before building, electron-vite then electron-builder with the user's arguments (`-- --dir`), and the
// size of every app this run packaged printed per package.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProject, REPO, run, type FakeProject } from './electron-install-fixture';

interface DistOptions {
  projectDir?: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  platform?: string;
  run?: (name: string, args: string[], env: NodeJS.ProcessEnv) => number;
  report?: (resourcesDir: string) => Promise<void>;
}
interface DistModule {
  dist(options: DistOptions): Promise<number>;
  packagedResourceDirs(releaseDir: string, since: number): string[];
}
const loadDist = async (): Promise<DistModule> =>
  (await import(pathToFileURL(join(REPO, 'scripts', 'dist.mjs')).href)) as DistModule;

const nonEmptyLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

let project: FakeProject;
beforeEach(async () => {
  project = await createFakeProject();
});
afterEach(async () => {
  await project.close();
});

describe('npm run dist without an Electron binary', () => {
  it('stops before building with one line that says what failed and what to do', async () => {
    const result = await run(process.execPath, [join(project.dir, 'scripts', 'dist.mjs'), '--dir'], {
      cwd: project.dir,
      env: project.env,
    });
    expect(result.status).toBe(1);
    expect(nonEmptyLines(result.stderr)).toEqual([
      expect.stringMatching(
        /^npm run dist: could not download the Electron .* binary from 127\.0\.0\.1:\d+ \(.*\)\. Connect to the internet/,
      ),
    ]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('and in a folder with no node_modules at all, says to run npm install', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mea-dist-'));
    try {
      const result = await run(process.execPath, [join(REPO, 'scripts', 'dist.mjs')], { cwd: empty, env: project.env });
      expect(result.status).toBe(1);
      expect(nonEmptyLines(result.stderr)).toEqual([
        'npm run dist: the electron package is not installed: run `npm install` first.',
      ]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('npm run dist with Electron installed', () => {
  function packagedApp(relativeResources: string) {
    const resources = join(project.dir, 'release', relativeResources);
    mkdirSync(resources, { recursive: true });
    writeFileSync(join(resources, 'app.asar'), 'asar');
    return resources;
  }

  it('builds, packages with the arguments given (-- --dir) and reports each app this run packaged', async () => {
    project.markInstalled();
    // Left over from an earlier run: not reported.
    const stale = packagedApp('linux-arm64-unpacked/resources');
    utimesSync(join(stale, 'app.asar'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const calls: string[] = [];
    const reported: string[] = [];
    const { dist } = await loadDist();
    const code = await dist({
      projectDir: project.dir,
      args: ['--dir'],
      env: project.env,
      platform: 'linux',
      run: (name, args) => {
        calls.push([name, ...args].join(' '));
        if (name === 'electron-builder') packagedApp('linux-unpacked/resources');
        return 0;
      },
      report: async (dir) => void reported.push(dir),
    });
    expect(code).toBe(0);
    expect(calls).toEqual([
      'electron-vite build',
      'electron-builder --config electron-builder.yml --publish never --dir',
    ]);
    expect(reported).toEqual([join(project.dir, 'release', 'linux-unpacked', 'resources')]);
    expect(project.requests).toEqual([]);
  });

  it('stops at the first step that fails, with its exit code', async () => {
    project.markInstalled();
    const calls: string[] = [];
    const { dist } = await loadDist();
    const code = await dist({
      projectDir: project.dir,
      env: project.env,
      platform: 'linux',
      run: (name) => (calls.push(name), 3),
      report: async () => {},
    });
    expect(code).toBe(3);
    expect(calls).toEqual(['electron-vite']);
  });

  it('on macOS without a Developer ID, signs ad hoc so the app still starts; half-set notarization stops first', async () => {
    project.markInstalled();
    const { dist } = await loadDist();
    const calls: string[] = [];
    const options = {
      projectDir: project.dir,
      platform: 'darwin',
      run: (name: string, args: string[], env: NodeJS.ProcessEnv) => {
        calls.push([name, ...args].join(' '));
        envs.push(env);
        return 0;
      },
      report: async () => {},
    };
    const envs: NodeJS.ProcessEnv[] = [];
    // As in a pull-request build on GitHub Actions, where electron-builder skips signing unless told otherwise.
    expect(
      await dist({ ...options, env: { ...project.env, CSC_LINK: '', CSC_NAME: '', GITHUB_BASE_REF: 'main' } }),
    ).toBe(0);
    expect(calls.at(-1)).toBe('electron-builder --config electron-builder.yml --publish never --config.mac.identity=-');
    expect(envs.at(-1)).toMatchObject({ CSC_FOR_PULL_REQUEST: 'true', GITHUB_BASE_REF: 'main' });

    calls.length = 0;
    expect(await dist({ ...options, env: { ...project.env, APPLE_ID: 'someone@example.org' } })).toBe(1);
    expect(calls).toEqual([]);
  });

  it('finds packaged apps in the Linux, Windows and macOS layouts under release/', async () => {
    const { packagedResourceDirs } = await loadDist();
    const found = [
      packagedApp('linux-unpacked/resources'),
      packagedApp('win-unpacked/resources'),
      packagedApp('mac-arm64/Medical Education Assistant.app/Contents/Resources'),
    ];
    expect(packagedResourceDirs(join(project.dir, 'release'), 0)).toEqual([...found].sort());
    expect(packagedResourceDirs(join(project.dir, 'release'), Date.now() + 60_000)).toEqual([]);
  });
});
