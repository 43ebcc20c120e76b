// What each installer target needs from package.json and electron-builder.yml, checked against electron-builder's
// own code: the deb's maintainer/vendor/homepage (FpmTarget.computeFpmMetaInfoOptions), its default depends and
// recommends (kept when ours replace them), the glibc and libstdc++ the bundled native binaries actually need, the
// AppImage sandbox, and macOS hardened-runtime entitlements.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './electron-install-fixture';

const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { load } = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateSchema } = builderRequire('./out/util/config/schemaValidator.js') as {
  validateSchema(schema: unknown, data: unknown): void;
};
const schema: unknown = builderRequire('./scheme.json');
const FpmTarget = (builderRequire('./out/targets/FpmTarget.js') as { default: FpmTargetClass }).default;

interface FpmTargetClass {
  prototype: {
    computeFpmMetaInfoOptions(this: unknown): Promise<{ maintainer: string; vendor: string; url: string }>;
    getDefaultDepends(this: unknown, target: string): string[];
    getDefaultRecommends(this: unknown, target: string): string[];
  };
}

interface PackageJson {
  author?: { name?: string; email?: string } | string;
  homepage?: string;
  description?: string;
}
interface Config {
  appId: string;
  linux?: { maintainer?: string };
  deb?: { depends?: string[]; recommends?: string[] };
  appImage?: { executableArgs?: string[] };
  mac?: { hardenedRuntime?: boolean; entitlements?: string; entitlementsInherit?: string; notarize?: boolean };
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as PackageJson;
const configText = readFileSync(join(REPO, 'electron-builder.yml'), 'utf8');
const config = load(configText) as Config;

/** FpmTarget's metadata check, run on the real package.json and configuration (what `npm run dist` does for a deb). */
function debMetadata(metadata: PackageJson, options: Config['linux'] = config.linux) {
  const self = {
    options: { ...options },
    packager: {
      info: { metadata },
      appInfo: {
        linuxPackageName: 'medical-education-assistant',
        computePackageUrl: async () => metadata.homepage ?? null,
      },
    },
  };
  return FpmTarget.prototype.computeFpmMetaInfoOptions.call(self);
}

describe('installer metadata', () => {
  it('gives the deb a maintainer, vendor and homepage (electron-builder refuses to build it otherwise)', async () => {
    const meta = await debMetadata(pkg);
    expect(meta.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(meta.url).toMatch(/^https:\/\//);
    // The check is live: without the author's email and the homepage, electron-builder stops.
    await expect(debMetadata({ description: pkg.description }, {})).rejects.toThrow(/homepage[\s\S]*author 'email'/);
  });

  it('uses the same neutral project domain everywhere, and says forks should change it', () => {
    const domain = config.appId.split('.').slice(1, -1).join('.'); // org.<name>.app → <name>
    const author = typeof pkg.author === 'object' ? pkg.author : {};
    expect(author.name).toBeTruthy();
    expect(author.email).toContain(`@${domain}.org`);
    expect(pkg.homepage).toBe(`https://${domain}.org`);
    expect(config.linux?.maintainer).toContain(`<${author.email}>`);
    expect(configText).toMatch(/fork[\s\S]{0,120}own name, address and site/);
  });

  it("keeps electron-builder's default deb depends and recommends, and adds the native binaries' needs", () => {
    const defaults = FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
    expect(defaults.length).toBeGreaterThan(5);
    expect(config.deb?.depends).toEqual(expect.arrayContaining(defaults));
    expect(config.deb?.depends).toEqual(expect.arrayContaining(['libc6 (>= 2.34)']));
    expect(config.deb?.recommends).toEqual(
      expect.arrayContaining([...FpmTarget.prototype.getDefaultRecommends.call(null, 'deb'), 'libvulkan1']),
    );
  });

  it('keeps the AppImage from passing --no-sandbox where the sandbox works (its AppRun decides)', () => {
    expect(config.appImage?.executableArgs).toEqual([]);
  });

  it('signs macOS builds with the hardened runtime and entitlements V8 and the native modules need', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.notarize).not.toBe(false);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file).toBeTruthy();
      const plist = readFileSync(join(REPO, file ?? ''), 'utf8');
      for (const key of ['allow-jit', 'allow-unsigned-executable-memory', 'disable-library-validation']) {
        expect(plist).toMatch(new RegExp(`<key>com\\.apple\\.security\\.cs\\.${key}</key>\\s*<true/>`));
      }
    }
  });

  it("matches electron-builder's schema", () => {
    expect(() => validateSchema(schema, load(configText))).not.toThrow();
  });
});

// The symbol versions a Linux binary asks for, read from its dynamic string table (e.g. GLIBC_2.34, GLIBCXX_3.4.30).
function maxVersion(files: string[], prefix: string): number[] {
  let best: number[] = [];
  for (const file of files) {
    for (const match of readFileSync(file)
      .toString('latin1')
      .matchAll(new RegExp(`${prefix}_([0-9.]+)\\0`, 'g'))) {
      const version = (match[1] ?? '').split('.').map(Number);
      const newer = version.findIndex((part, i) => part !== (best[i] ?? -1));
      if (best.length === 0 || (newer !== -1 && (version[newer] ?? 0) > (best[newer] ?? -1))) best = version;
    }
  }
  return best;
}

const linuxBinaries = ['linux-x64', 'linux-arm64']
  .map((name) => join(REPO, 'node_modules', '@node-llama-cpp', name, 'bins', name))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.(so|node)$/.test(file))
      .map((file) => join(dir, file)),
  )
  .concat(
    [join(REPO, 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node')].filter((file) => existsSync(file)),
  );

// libstdc++ symbol version → the GCC release whose libstdc++6 package first has it (GCC's ABI policy table).
const GCC_FOR_GLIBCXX: Record<string, number> = {
  '3.4.28': 10,
  '3.4.29': 11,
  '3.4.30': 12,
  '3.4.31': 13,
  '3.4.32': 14,
};

describe.skipIf(linuxBinaries.length === 0)('the deb declares the C and C++ runtimes the bundled binaries need', () => {
  const depends = config.deb?.depends ?? [];
  const minimum = (name: string) =>
    depends.find((entry) => entry.startsWith(`${name} (>= `))?.match(/>= ([0-9.]+)\)/)?.[1];

  it('glibc', () => {
    const needed = maxVersion(linuxBinaries, 'GLIBC');
    expect(needed.length).toBeGreaterThan(0);
    expect(minimum('libc6')).toBe(needed.join('.'));
  });

  it('libstdc++', () => {
    const needed = maxVersion(linuxBinaries, 'GLIBCXX').join('.');
    expect(GCC_FOR_GLIBCXX[needed]).toBeDefined();
    expect(Number(minimum('libstdc++6'))).toBe(GCC_FOR_GLIBCXX[needed]);
  });
});
