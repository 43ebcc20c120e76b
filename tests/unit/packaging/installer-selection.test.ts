// Which native builds each installer carries, decided by the real electron-builder.yml through electron-builder's
// own macro expansion (${os}, ${arch}) and file matcher (scripts/lib/builder-config.mjs), for every prebuilt
// package node-llama-cpp publishes and every better-sqlite3 prebuild.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './electron-install-fixture';

type Config = Record<string, unknown>;
interface ConfigModule {
  loadBuilderConfig(projectDir: string): Config;
  withoutNodeModulesSelection(config: Config): Config;
  createShippedTest(options: {
    projectDir: string;
    config: Config;
    os: string;
    arch: string;
  }): (path: string) => boolean;
}
interface SizesModule {
  sizesFromNodeModules(options: {
    projectDir: string;
    config: Config;
    os: string;
    arch: string;
    packageName: string;
  }): Promise<Map<string, number>>;
  sizesFromResources(projectDir: string, resourcesDir: string): Map<string, number>;
  formatSizeTable(after: Map<string, number>, options?: { before?: Map<string, number>; minBytes?: number }): string;
}
const load = async <T>(file: string) => (await import(pathToFileURL(join(REPO, 'scripts', file)).href)) as T;
const { loadBuilderConfig, withoutNodeModulesSelection, createShippedTest } =
  await load<ConfigModule>('lib/builder-config.mjs');
const { sizesFromNodeModules, sizesFromResources, formatSizeTable } = await load<SizesModule>('lib/package-sizes.mjs');

const config = loadBuilderConfig(REPO);
const llamaManifest = JSON.parse(
  readFileSync(join(REPO, 'node_modules', 'node-llama-cpp', 'package.json'), 'utf8'),
) as {
  optionalDependencies: Record<string, string>;
};
const llamaBuilds = Object.keys(llamaManifest.optionalDependencies);
const sqlitePrebuilds = readdirSync(join(REPO, 'node_modules', 'better-sqlite3', 'prebuilds'));

function shippedFor(os: string, arch: string, cfg = config) {
  const shipped = createShippedTest({ projectDir: REPO, config: cfg, os, arch });
  return {
    llama: llamaBuilds.filter((name) => shipped(`node_modules/${name}/bins/x/llama-addon.node`)).sort(),
    sqlite: sqlitePrebuilds.filter((file) => shipped(`node_modules/better-sqlite3/prebuilds/${file}`)).sort(),
    shipped,
  };
}

describe('native builds per installer (electron-builder.yml)', () => {
  it('knows every prebuilt package node-llama-cpp publishes', () => {
    // If node-llama-cpp adds a platform or GPU build, decide here whether installers carry it.
    expect(llamaBuilds.sort()).toEqual(
      [
        'linux-arm64',
        'linux-armv7l',
        'linux-riscv64',
        'linux-x64',
        'linux-x64-cuda',
        'linux-x64-cuda-ext',
        'linux-x64-vulkan',
        'mac-arm64-metal',
        'mac-x64',
        'win-arm64',
        'win-x64',
        'win-x64-cuda',
        'win-x64-cuda-ext',
        'win-x64-vulkan',
      ].map((name) => `@node-llama-cpp/${name}`),
    );
  });

  it.each([
    ['linux', 'x64', ['linux-x64', 'linux-x64-vulkan'], ['linux-x64.node', 'linuxmusl-x64.node']],
    ['linux', 'arm64', ['linux-arm64'], ['linux-arm64.node', 'linuxmusl-arm64.node']],
    ['linux', 'armv7l', ['linux-armv7l'], []],
    ['mac', 'arm64', ['mac-arm64-metal'], ['darwin-arm64.node']],
    ['mac', 'x64', ['mac-x64'], ['darwin-x64.node']],
    ['win', 'x64', ['win-x64', 'win-x64-vulkan'], ['win32-x64.node']],
    ['win', 'arm64', ['win-arm64'], ['win32-arm64.node']],
  ])('%s-%s: CPU + Vulkan/Metal where published, never CUDA or another platform', (os, arch, llama, sqlite) => {
    const selected = shippedFor(os, arch);
    expect(selected.llama).toEqual(llama.map((name) => `@node-llama-cpp/${name}`));
    expect(selected.sqlite).toEqual(sqlite);
  });

  it('accepts Node platform names too (darwin, win32)', () => {
    expect(shippedFor('darwin', 'arm64').llama).toEqual(['@node-llama-cpp/mac-arm64-metal']);
    expect(shippedFor('win32', 'x64').sqlite).toEqual(['win32-x64.node']);
  });

  it('keeps what node-llama-cpp and better-sqlite3 read at run time, drops their build-only sources', () => {
    const { shipped } = shippedFor('linux', 'x64');
    for (const file of [
      'node_modules/node-llama-cpp/dist/index.js',
      'node_modules/node-llama-cpp/llama/binariesGithubRelease.json',
      'node_modules/node-llama-cpp/llama/llama.cpp.info.json',
      'node_modules/better-sqlite3/lib/binding.js',
      'node_modules/zod/package.json',
    ]) {
      expect(shipped(file), file).toBe(true);
    }
    for (const file of [
      'node_modules/node-llama-cpp/llama/gitRelease.bundle',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
    ]) {
      expect(shipped(file), file).toBe(false);
    }
  });

  it('--before (no per-platform selection) ships every installed build, as the configuration used to', () => {
    const before = shippedFor('linux', 'x64', withoutNodeModulesSelection(config));
    expect(before.llama).toEqual([...llamaBuilds].sort());
    expect(before.sqlite).toEqual([...sqlitePrebuilds].sort());
  });
});

describe('installer size per package', () => {
  it("computed from node_modules with electron-builder's collector: the host's builds only, a fraction of before", async () => {
    const os = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'win' : 'linux';
    const options = { projectDir: REPO, os, arch: process.arch, packageName: 'medical-education-assistant' };
    const after = await sizesFromNodeModules({ ...options, config });
    const before = await sizesFromNodeModules({ ...options, config: withoutNodeModulesSelection(config) });
    const installed = readdirSync(join(REPO, 'node_modules', '@node-llama-cpp'));
    const expected = shippedFor(os, process.arch).llama.filter((name) => installed.includes(name.split('/')[1] ?? ''));
    const llamaIn = (sizes: Map<string, number>) =>
      [...sizes.keys()].filter((key) => key.startsWith('node_modules/@node-llama-cpp/') && (sizes.get(key) ?? 0) > 0);
    expect(
      llamaIn(after)
        .map((key) => key.replace('node_modules/', ''))
        .sort(),
    ).toEqual(expected);
    expect(llamaIn(before).length).toBe(installed.length);
    const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total(after)).toBeLessThan(total(before));
    expect(after.get('node_modules/node-llama-cpp')).toBeLessThan(before.get('node_modules/node-llama-cpp') ?? 0);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'mea-asar-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('measured in a packaged app: files in app.asar and beside it in app.asar.unpacked, per package', async () => {
    const asar = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))(
      '@electron/asar',
    ) as { createPackage(src: string, dest: string): Promise<unknown> };
    const app = join(scratch, 'app');
    const write = (path: string, bytes: number) => {
      mkdirSync(join(app, path, '..'), { recursive: true });
      writeFileSync(join(app, path), Buffer.alloc(bytes, 1));
    };
    write('out/main/index.js', 1000);
    write('package.json', 100);
    write('node_modules/zod/index.js', 3000);
    write('node_modules/@node-llama-cpp/linux-x64/package.json', 50);
    write('node_modules/node-llama-cpp/node_modules/lifecycle-utils/index.js', 70);
    const resources = join(scratch, 'resources');
    mkdirSync(resources);
    await asar.createPackage(app, join(resources, 'app.asar'));
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', '@node-llama-cpp', 'linux-x64', 'bins');
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, 'llama-addon.node'), Buffer.alloc(5000, 1));

    const sizes = sizesFromResources(REPO, resources);
    expect(Object.fromEntries(sizes)).toEqual({
      'app (out/, package.json)': 1100,
      'node_modules/zod': 3000,
      'node_modules/@node-llama-cpp/linux-x64': 5050,
      'node_modules/node-llama-cpp': 70,
    });
    const table = formatSizeTable(sizes, { minBytes: 2000 });
    expect(table.split('\n')).toEqual([
      expect.stringMatching(/^package\s+MB$/),
      expect.stringMatching(/^node_modules\/@node-llama-cpp\/linux-x64\s+0\.0$/),
      expect.stringMatching(/^node_modules\/zod\s+0\.0$/),
      expect.stringMatching(/^2 smaller packages \(< 0\.0 MB each\)\s+0\.0$/),
      expect.stringMatching(/^total\s+0\.0$/),
    ]);
  });

  it('prints before and after side by side, largest first', () => {
    const table = formatSizeTable(
      new Map([
        ['node_modules/a', 2_000_000],
        ['node_modules/b', 0],
      ]),
      {
        before: new Map([
          ['node_modules/a', 2_000_000],
          ['node_modules/b', 9_000_000],
        ]),
      },
    );
    expect(table.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'package before after (MB)',
      'node_modules/b 9.0 0.0',
      'node_modules/a 2.0 2.0',
      'total 11.0 2.0',
    ]);
  });
});
