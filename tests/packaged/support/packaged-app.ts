// Finds the packaged app's executable: MEA_PACKAGED_APP, or the unpacked build `npm run dist -- --dir` leaves
// in release/ (folder and file names as electron-builder's app-builder-lib computes them).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

export const PACKAGED_APP_ENV = 'MEA_PACKAGED_APP';

export type PackagedAppLookup =
  { executable: string; source: 'env' | 'release' } | { executable: null; searched: string[] };

interface BuildNames {
  outputDir: string;
  /** The file name of the executable (and, on macOS, of the .app) per platform. */
  executable: Record<'darwin' | 'win32' | 'linux', string>;
}

type PlatformOptions = { executableName?: string };
interface BuilderConfig {
  productName?: string;
  executableName?: string;
  directories?: { output?: string };
  mac?: PlatformOptions;
  win?: PlatformOptions;
  linux?: PlatformOptions;
}

/**
 * The names as app-builder-lib 26 computes them (appInfo.productFilename; LinuxPackager.executableName),
 * from package.json and electron-builder.yml read with electron-builder's own js-yaml and sanitizeFileName.
 */
export function buildNames(root: string): BuildNames {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; productName?: string };
  const builderRequire = createRequire(
    createRequire(join(root, 'package.json')).resolve('app-builder-lib/package.json'),
  );
  const { load } = builderRequire('js-yaml') as { load(text: string): unknown };
  const { sanitizeFileName } = builderRequire('builder-util/out/filename') as {
    sanitizeFileName(name: string): string;
  };
  const config = (load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) ?? {}) as BuilderConfig;
  const productName = config.productName ?? pkg.productName ?? pkg.name;
  const productFilename = (platform: PlatformOptions | undefined): string =>
    sanitizeFileName(platform?.executableName ?? config.executableName ?? productName);
  const linuxName = config.linux?.executableName ?? config.executableName;
  return {
    outputDir: config.directories?.output ?? 'dist',
    executable: {
      darwin: productFilename(config.mac),
      win32: productFilename(config.win),
      linux: linuxName === undefined ? sanitizeFileName(pkg.name).toLowerCase() : sanitizeFileName(linuxName),
    },
  };
}

/** Where app-builder-lib puts the unpacked app for each architecture (x64 has no suffix). */
export function candidateExecutables(root: string, platform = process.platform, arch = process.arch): string[] {
  const names = buildNames(root);
  const out = resolve(root, names.outputDir);
  // The machine's own architecture first; x64 builds run on arm64 Macs and Windows too.
  const suffixes = arch === 'x64' ? ['', '-arm64'] : [`-${arch}`, '', '-universal'];
  switch (platform) {
    case 'darwin':
      return suffixes.map((suffix) =>
        join(out, `mac${suffix}`, `${names.executable.darwin}.app`, 'Contents', 'MacOS', names.executable.darwin),
      );
    case 'win32':
      return suffixes.map((suffix) => join(out, `win${suffix}-unpacked`, `${names.executable.win32}.exe`));
    default:
      return suffixes.map((suffix) => join(out, `linux${suffix}-unpacked`, names.executable.linux));
  }
}

/** The executable to test, or what was searched. A MEA_PACKAGED_APP that does not exist is an error, not a skip. */
export function findPackagedApp(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): PackagedAppLookup {
  const given = env[PACKAGED_APP_ENV];
  if (given) {
    const executable = macBundleExecutable(resolve(given));
    if (!isFile(executable)) throw new Error(`${PACKAGED_APP_ENV}=${given}: no such executable (${executable})`);
    return { executable, source: 'env' };
  }
  const searched = candidateExecutables(root);
  const executable = searched.find(isFile);
  return executable ? { executable, source: 'release' } : { executable: null, searched };
}

/** Accepts a macOS .app bundle for convenience: its executable is Contents/MacOS/<name>. */
function macBundleExecutable(path: string): string {
  if (!path.endsWith('.app')) return path;
  const name = basename(path, '.app');
  return join(path, 'Contents', 'MacOS', name);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
