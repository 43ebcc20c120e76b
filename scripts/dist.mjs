// `npm run dist`: builds the installers for the current platform (electron-vite build, then electron-builder
// with electron-builder.yml). Without an Electron binary, says so in one line and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

/** The binary npm's electron package installs (path.txt names it inside dist/); never triggers its download. */
function electronBinaryPresent() {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  return existsSync(join(distDir, readFileSync(pathFile, 'utf8').trim()));
}

if (!electronBinaryPresent()) {
  console.error(
    'npm run dist: cannot package here: the Electron binary is not installed and cannot be downloaded ' +
      '(no network to GitHub); on a normal machine run `npm ci && npm run dist` — see README "Building installers".',
  );
  process.exit(1);
}

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
for (const [command, args] of [
  [bin('electron-vite'), ['build']],
  // No platform flag: electron-builder builds the targets of the platform it runs on.
  [bin('electron-builder'), ['--config', 'electron-builder.yml', '--publish', 'never']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
