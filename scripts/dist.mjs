// `npm run dist [-- electron-builder options]`: builds the installers for the current platform.
// 1. Electron's binary installed (scripts/ensure-electron.mjs; one line and exit 1 when it cannot be downloaded);
// 2. signing from the environment (scripts/lib/signing.mjs); 3. electron-vite build; 4. electron-builder with
// electron-builder.yml and the arguments given (`npm run dist -- --dir` builds the unpacked app only);
// 5. the packaged app's size per package, for every app this run produced under release/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureElectron } from './ensure-electron.mjs';
import { signingPlan } from './lib/signing.mjs';

/** Resources folders (holding app.asar) under release/ written since `since` (ms): release/linux-unpacked/resources, release/mac-arm64/X.app/Contents/Resources… */
export function packagedResourceDirs(releaseDir, since) {
  const found = [];
  const visit = (dir, depth) => {
    if (depth > 4 || !existsSync(dir)) return;
    const asar = join(dir, 'app.asar');
    if (existsSync(asar) && statSync(asar).mtimeMs >= since) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'app.asar.unpacked') visit(join(dir, entry.name), depth + 1);
    }
  };
  visit(releaseDir, 0);
  return found.sort();
}

function runTool(projectDir, name, args, env) {
  const bin = join(projectDir, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const result = spawnSync(bin, args, { cwd: projectDir, env, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/**
 * Runs the steps; returns the exit code. `run(name, args, env)` runs a tool from node_modules/.bin and returns
 * its exit code, `report(resourcesDir)` prints one packaged app's sizes (both replaceable by tests).
 */
export async function dist({
  projectDir = process.cwd(),
  args = [],
  env = process.env,
  platform = process.platform,
  run = (name, toolArgs, toolEnv) => runTool(projectDir, name, toolArgs, toolEnv),
  report = async (resourcesDir) => {
    const { formatSizeTable, sizesFromResources } = await import('./lib/package-sizes.mjs');
    console.log(`\nInstaller contents, ${resourcesDir} (MB):`);
    console.log(formatSizeTable(sizesFromResources(projectDir, resourcesDir)));
  },
} = {}) {
  const electron = ensureElectron({ projectDir, command: 'npm run dist', env });
  if (!electron.ok) {
    console.error(electron.message);
    return 1;
  }
  const signing = signingPlan(env, platform);
  if (signing.error) {
    console.error(`npm run dist: ${signing.error}`);
    return 1;
  }
  console.log(signing.summary);
  // File times come from a coarse clock (and FAT rounds them to 2 s): allow for it.
  const started = Date.now() - 2000;
  const toolEnv = { ...env, ...signing.builderEnv };
  const build = run('electron-vite', ['build'], toolEnv);
  if (build !== 0) return build;
  // No platform flag: electron-builder builds the targets of the platform it runs on.
  const builderArgs = ['--config', 'electron-builder.yml', '--publish', 'never', ...signing.builderArgs, ...args];
  const packaged = run('electron-builder', builderArgs, toolEnv);
  if (packaged !== 0) return packaged;
  for (const resourcesDir of packagedResourceDirs(join(projectDir, 'release'), started)) await report(resourcesDir);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await dist({ args: process.argv.slice(2) });
}
