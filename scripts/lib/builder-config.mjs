// electron-builder.yml read and matched the way electron-builder 26 itself does: its js-yaml, its macro expander
// (${os}, ${arch}) and its file matcher, so the installer-size figures and the tests use the packager's own rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** require() rooted in app-builder-lib (electron-builder's library), for its internals and its own dependencies. */
export function builderRequire(projectDir) {
  const projectRequire = createRequire(join(projectDir, 'package.json'));
  return createRequire(projectRequire.resolve('app-builder-lib/package.json'));
}

export function loadBuilderConfig(projectDir, file = join(projectDir, 'electron-builder.yml')) {
  const { load } = builderRequire(projectDir)('js-yaml');
  return load(readFileSync(file, 'utf8'));
}

const OS_NAMES = { linux: 'linux', darwin: 'mac', mac: 'mac', win32: 'win', win: 'win' };

/** electron-builder's ${os} for a Node platform name or for an ${os} name itself (linux, mac, win). */
export function builderOs(platform) {
  const os = OS_NAMES[platform];
  if (!os) throw new Error(`unknown platform "${platform}": use linux, mac or win`);
  return os;
}

/**
 * The configuration as it was before installers were cut down per platform: every `files` exclusion under
 * node_modules/ removed (at the top level and per platform), so all installed native packages ship.
 */
export function withoutNodeModulesSelection(config) {
  const strip = (files) =>
    files?.filter((pattern) => !(typeof pattern === 'string' && pattern.startsWith('!node_modules/')));
  const copy = { ...config, files: strip(config.files) };
  for (const os of ['linux', 'mac', 'win']) {
    if (config[os]) copy[os] = { ...config[os], files: strip(config[os].files) };
  }
  return copy;
}

/**
 * electron-builder's matcher for files inside node_modules: the `files` exclusions of the whole configuration
 * and of the target platform, with ${os} and ${arch} expanded for the target (getNodeModuleFileMatcher in
 * app-builder-lib's fileMatcher.js, as computeNodeModuleFileSets calls it).
 */
export function nodeModulesMatcher({
  projectDir,
  config,
  os,
  arch,
  destination = join(projectDir, '.installer-size'),
}) {
  const builder = builderRequire(projectDir);
  const { getNodeModuleFileMatcher } = builder('./out/fileMatcher.js');
  const { expandMacro } = builder('./out/util/macroExpander.js');
  const appInfo = { productName: config.productName, sanitizedProductName: config.productName };
  // The same extra macros platformPackager.createGetFileMatchersOptions passes.
  const macroExpander = (pattern) => expandMacro(pattern, arch, appInfo, { os: builderOs(os), '/*': '{,/**/*}' });
  const packagerStub = { config, debugLogger: { isEnabled: false } };
  return getNodeModuleFileMatcher(projectDir, destination, macroExpander, config[builderOs(os)] ?? {}, packagerStub);
}

/**
 * Whether a path relative to the app (for example `node_modules/@node-llama-cpp/linux-x64/package.json`) is
 * shipped for the target: electron-builder's filter, given the path the way NodeModuleCopyHelper hands it over.
 */
export function createShippedTest({ projectDir, config, os, arch }) {
  const builder = builderRequire(projectDir);
  const { FileMatcher } = builder('./out/fileMatcher.js');
  const matcher = nodeModulesMatcher({ projectDir, config, os, arch });
  const filter = new FileMatcher(projectDir, matcher.to, matcher.macroExpander, matcher.patterns).createFilter();
  return (relativePath) =>
    filter(join(projectDir, relativePath), { moduleFullFilePath: relativePath, isDirectory: () => false });
}
