// Makes sure npm's electron package has its binary before `npm start` / `npm run dist` need it.
// Electron 42+ downloads the binary lazily (no postinstall), but electron-vite only reads
// node_modules/electron/path.txt and fails with "Electron uninstall" when it is missing. So this runs Electron's
// own installer (node_modules/electron/install.js), which is a no-op when the binary is there, and turns any
// failure into one line that says what failed and what to do, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What install.js itself checks (dist/version, path.txt, the executable), so an installed binary costs nothing. */
function installedBinary(packageDir, version) {
  try {
    if (
      readFileSync(join(packageDir, 'dist', 'version'), 'utf8')
        .trim()
        .replace(/^v/, '') !== version
    )
      return null;
    const binary = join(packageDir, 'dist', readFileSync(join(packageDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The installer's own message, without the stack: its first line, minus the error class ("TypeError: "). */
function reasonFrom(stderr) {
  const first = stderr.split('\n').find((line) => line.trim() !== '' && !/^\s+at /.test(line));
  return (first ?? 'the installer exited without saying why').trim().replace(/^[A-Za-z]*Error: /, '');
}

/** Where @electron/get downloads from: a configured mirror, or GitHub's releases. */
function downloadHost(env) {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror ?? 'https://github.com/';
  try {
    return new URL(mirror).host;
  } catch {
    return mirror;
  }
}

/**
 * Ensures the Electron binary is installed for the project in `projectDir`.
 * Returns { ok: true, binary } or { ok: false, message } where message is one line starting with `command`.
 */
export function ensureElectron({ projectDir = process.cwd(), command = 'npm start', env = process.env } = {}) {
  // electron-vite's own override: a binary named there is used as it is, and nothing needs installing.
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return { ok: true, binary: env.ELECTRON_EXEC_PATH };
  const packageDir = join(projectDir, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'install.js'))) {
    return { ok: false, message: `${command}: the electron package is not installed: run \`npm install\` first.` };
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const present = installedBinary(packageDir, version);
  if (present) return { ok: true, binary: present };

  console.log(`Installing the Electron ${version} binary (downloaded once, about 100 MB)…`);
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: projectDir,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const binary = result.status === 0 ? installedBinary(packageDir, version) : null;
  if (binary) return { ok: true, binary };
  const reason = result.error
    ? result.error.message
    : result.status === 0
      ? 'the installer finished, but node_modules/electron/dist has no binary for this platform'
      : reasonFrom(result.stderr ?? '');
  return {
    ok: false,
    message:
      `${command}: could not download the Electron ${version} binary from ${downloadHost(env)} (${reason}). ` +
      'Connect to the internet and try again, or set ELECTRON_MIRROR to a mirror you can reach, ' +
      'or ELECTRON_EXEC_PATH to an Electron binary you already have (README "Building installers").',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv[2] ?? 'npm start';
  const outcome = ensureElectron({ command });
  if (!outcome.ok) {
    console.error(outcome.message);
    process.exit(1);
  }
}
