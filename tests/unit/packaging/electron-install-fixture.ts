// A throwaway project whose node_modules/electron is a copy of the real package's installer (install.js,
// package.json, checksums.json), and a local HTTP "mirror" that counts requests: Electron's own installer runs
// against it, so the tests never touch the network or the real node_modules/electron.
import { spawn, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { platform as osPlatform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const REAL_ELECTRON = join(REPO, 'node_modules', 'electron');
export const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REAL_ELECTRON, 'package.json'), 'utf8')) as { version: string }
).version;

/** What install.js writes to path.txt on this platform. */
export const PLATFORM_PATH =
  osPlatform() === 'darwin'
    ? 'Electron.app/Contents/MacOS/Electron'
    : osPlatform() === 'win32'
      ? 'electron.exe'
      : 'electron';

export interface FakeProject {
  dir: string;
  electronDir: string;
  /** Environment for a child process: the local mirror, an empty download cache, and @electron/get resolvable. */
  env: NodeJS.ProcessEnv;
  requests: string[];
  /** Serve this zip for the Electron artifact (otherwise the mirror answers 404). */
  serveZip(files: Record<string, string>): void;
  /** Lay out an installed binary, as install.js leaves it. */
  markInstalled(): void;
  close(): Promise<void>;
}

export async function createFakeProject(): Promise<FakeProject> {
  const dir = mkdtempSync(join(tmpdir(), 'mea-electron-'));
  const electronDir = join(dir, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  for (const file of ['install.js', 'package.json', 'checksums.json']) {
    copyFileSync(join(REAL_ELECTRON, file), join(electronDir, file));
  }
  mkdirSync(join(dir, 'scripts', 'lib'), { recursive: true });
  for (const file of [
    'ensure-electron.mjs',
    'dist.mjs',
    'lib/signing.mjs',
    'lib/package-sizes.mjs',
    'lib/builder-config.mjs',
  ]) {
    copyFileSync(join(REPO, 'scripts', file), join(dir, 'scripts', file));
  }
  const requests: string[] = [];
  let zip: Buffer | null = null;
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (zip && request.url?.endsWith('.zip')) {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      response.end(zip);
    } else {
      response.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const cache = join(dir, 'electron-cache');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(npm_config_electron|electron_|ELECTRON_)/i.test(name)) delete env[name];
  }
  Object.assign(env, {
    ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
    electron_config_cache: cache,
    ELECTRON_GET_NO_PROGRESS: '1',
    // install.js require()s @electron/get, which only the real project has.
    NODE_PATH: join(REPO, 'node_modules'),
  });
  return {
    dir,
    electronDir,
    env,
    requests,
    serveZip(files) {
      const entries = Object.fromEntries(
        Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]),
      );
      zip = Buffer.from(zipSync(entries));
      const arch = process.arch;
      const name = `electron-v${ELECTRON_VERSION}-${osPlatform()}-${arch}.zip`;
      // The installer checks downloads against checksums.json: list the test's zip there.
      const sums = { [name]: createHash('sha256').update(zip).digest('hex') };
      writeFileSync(join(electronDir, 'checksums.json'), JSON.stringify(sums));
    },
    markInstalled() {
      const binary = join(electronDir, 'dist', PLATFORM_PATH);
      mkdirSync(dirname(binary), { recursive: true });
      writeFileSync(binary, 'binary');
      writeFileSync(join(electronDir, 'dist', 'version'), ELECTRON_VERSION);
      writeFileSync(join(electronDir, 'path.txt'), PLATFORM_PATH);
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking this process (the local mirror lives here, so spawnSync would deadlock).
 * With `shell`, `command` is a whole command line, as npm runs scripts.
 */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
