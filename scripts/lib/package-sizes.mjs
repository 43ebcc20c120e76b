// Installer size per package: measured in a packaged app (app.asar + app.asar.unpacked), or computed from
// node_modules with electron-builder's own dependency collector and node_modules copier for any platform/arch.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builderOs, builderRequire, nodeModulesMatcher } from './builder-config.mjs';

/** `node_modules/@scope/name` or `node_modules/name` (nested node_modules count towards the package itself). */
export function packageKey(appRelativePath) {
  const parts = appRelativePath.split(/[\\/]/);
  if (parts[0] !== 'node_modules' || parts.length < 2) return 'app (out/, package.json)';
  return parts[1]?.startsWith('@') ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
}

function add(sizes, key, bytes) {
  sizes.set(key, (sizes.get(key) ?? 0) + bytes);
}

function walkFiles(dir, onFile) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, onFile);
    else onFile(path, lstatSync(path).size);
  }
}

/**
 * Bytes per package in a packaged app's resources folder: files inside app.asar (from its header) and files
 * unpacked beside it. Returns a Map from packageKey() to bytes.
 */
export function sizesFromResources(projectDir, resourcesDir) {
  const asar = builderRequire(projectDir)('@electron/asar');
  const sizes = new Map();
  const archive = join(resourcesDir, 'app.asar');
  const visit = (node, path) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const childPath = path ? `${path}/${name}` : name;
      if (child.files) visit(child, childPath);
      // Unpacked files are listed in the header too; they are counted from the disk below.
      else if (typeof child.size === 'number' && !child.unpacked) add(sizes, packageKey(childPath), child.size);
    }
  };
  visit(asar.getRawHeader(archive).header, '');
  const unpacked = join(resourcesDir, 'app.asar.unpacked');
  if (existsSync(unpacked)) {
    walkFiles(unpacked, (file, bytes) => add(sizes, packageKey(relative(unpacked, file).split(sep).join('/')), bytes));
  }
  return sizes;
}

/** Extensions electron-builder never copies from node_modules (appFileCopier's getNodeModuleExcludedExts). */
function excludedExtensions(projectDir, config, os) {
  const { excludedExts } = builderRequire(projectDir)('./out/fileMatcher.js');
  const result = ['.o', '.obj', ...excludedExts.split(',').map((ext) => `.${ext}`)];
  if (config.includePdb !== true) result.push('.pdb');
  if (builderOs(os) !== 'win') result.push('.dll', '.exe');
  return result;
}

/**
 * Bytes per package that electron-builder would copy from this project's node_modules for the target: the
 * production dependencies its npm collector finds, filtered by its NodeModuleCopyHelper with the target's
 * `files` patterns. Packages npm did not install here (other platforms' optional builds) cannot be counted:
 * `missing` lists those of node-llama-cpp's builds that the configuration would ship.
 */
export async function sizesFromNodeModules({ projectDir, config, os, arch, packageName }) {
  const builder = builderRequire(projectDir);
  const { TmpDir } = builder('builder-util');
  const { getCollectorByPackageManager, PM } = builder('./out/node-module-collector/index.js');
  const { FileMatcher } = builder('./out/fileMatcher.js');
  const { NodeModuleCopyHelper } = builder('./out/util/NodeModuleCopyHelper.js');
  const tmp = new TmpDir('installer-size');
  try {
    const collector = getCollectorByPackageManager(PM.NPM, projectDir, tmp);
    const { nodeModules } = await collector.getNodeModules({ packageName });
    const main = nodeModulesMatcher({ projectDir, config, os, arch });
    const packagerInfo = { appInfo: { type: 'module' }, config, getWorkspaceRoot: async () => projectDir };
    const extensions = excludedExtensions(projectDir, config, os);
    const sizes = new Map();
    const visit = async (dependency, destination) => {
      const matcher = new FileMatcher(dependency.dir, destination, main.macroExpander, main.patterns);
      const copier = new NodeModuleCopyHelper(matcher, packagerInfo);
      const moduleRoot = relative(main.to, destination);
      const files = await copier.collectNodeModules(dependency, extensions, moduleRoot);
      const key = packageKey(moduleRoot.split(sep).join('/'));
      for (const file of files) {
        const stat = copier.metadata.get(file);
        if (stat && !stat.isDirectory()) add(sizes, key, stat.size);
      }
      for (const child of dependency.dependencies ?? []) {
        await visit(child, join(destination, 'node_modules', child.name));
      }
    };
    for (const dependency of nodeModules) await visit(dependency, join(main.to, 'node_modules', dependency.name));
    return sizes;
  } finally {
    await tmp.cleanup();
  }
}

const MB = 1_000_000;
const mb = (bytes) => (bytes / MB).toFixed(1);

/**
 * A plain-text table, largest first: packages of at least `minBytes` by name, the rest summed in one row, and
 * the total. With `before`, two columns (before → after) and packages that were dropped entirely.
 */
export function formatSizeTable(after, { before = null, minBytes = 1 * MB } = {}) {
  const keys = new Set([...after.keys(), ...(before?.keys() ?? [])]);
  const rows = [...keys].map((key) => ({ key, after: after.get(key) ?? 0, before: before?.get(key) ?? 0 }));
  rows.sort((a, b) => Math.max(b.after, b.before) - Math.max(a.after, a.before) || a.key.localeCompare(b.key));
  const big = rows.filter((row) => Math.max(row.after, row.before) >= minBytes);
  const small = rows.filter((row) => Math.max(row.after, row.before) < minBytes);
  const sum = (list, field) => list.reduce((total, row) => total + row[field], 0);
  const lines = [];
  const smallLabel = `${small.length} smaller packages (< ${mb(minBytes)} MB each)`;
  const width = Math.max(
    ...big.map((row) => row.key.length),
    small.length > 0 ? smallLabel.length : 0,
    'package'.length,
  );
  const line = (label, row) =>
    lines.push(
      before
        ? `${label.padEnd(width)}  ${mb(row.before).padStart(8)}  ${mb(row.after).padStart(8)}`
        : `${label.padEnd(width)}  ${mb(row.after).padStart(8)}`,
    );
  lines.push(
    before
      ? `${'package'.padEnd(width)}  ${'before'.padStart(8)}  ${'after'.padStart(8)}  (MB)`
      : `${'package'.padEnd(width)}  ${'MB'.padStart(8)}`,
  );
  for (const row of big) line(row.key, row);
  if (small.length > 0) {
    line(smallLabel, { after: sum(small, 'after'), before: sum(small, 'before') });
  }
  line('total', { after: sum(rows, 'after'), before: sum(rows, 'before') });
  return lines.join('\n');
}
