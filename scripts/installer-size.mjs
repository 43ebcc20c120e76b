// What an installer carries, per package (MB = 1,000,000 bytes), by electron-builder's own selection rules.
//   node scripts/installer-size.mjs [--platform linux|mac|win] [--arch x64|arm64|armv7l] [--before | --compare]
//     computes it from this project's node_modules with electron-builder.yml (--before: without the per-platform
//     selection, as every installed native package used to ship; --compare: both columns);
//   node scripts/installer-size.mjs --resources release/linux-unpacked/resources
//     measures a packaged app (app.asar + app.asar.unpacked); `npm run dist` prints this after packaging.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { builderOs, createShippedTest, loadBuilderConfig, withoutNodeModulesSelection } from './lib/builder-config.mjs';
import { formatSizeTable, sizesFromNodeModules, sizesFromResources } from './lib/package-sizes.mjs';

/** node-llama-cpp's prebuilt builds that the configuration ships for the target but npm did not install here. */
export function selectedButNotInstalled({ projectDir, config, os, arch }) {
  const manifest = join(projectDir, 'node_modules', 'node-llama-cpp', 'package.json');
  const optional = Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).optionalDependencies ?? {});
  const shipped = createShippedTest({ projectDir, config, os, arch });
  return optional.filter(
    (name) => shipped(`node_modules/${name}/package.json`) && !existsSync(join(projectDir, 'node_modules', name)),
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      platform: { type: 'string', default: process.platform },
      arch: { type: 'string', default: process.arch },
      before: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      resources: { type: 'string' },
    },
  });
  const projectDir = process.cwd();
  if (values.resources) {
    console.log(`Packaged app ${values.resources}:`);
    console.log(formatSizeTable(sizesFromResources(projectDir, values.resources)));
    return;
  }
  const os = builderOs(values.platform);
  const { arch } = values;
  const config = loadBuilderConfig(projectDir);
  const packageName = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')).name;
  const measure = (cfg) => sizesFromNodeModules({ projectDir, config: cfg, os, arch, packageName });
  const unselected = withoutNodeModulesSelection(config);
  const target = `${os}-${arch}`;
  if (values.compare) {
    console.log(`Node modules in the ${target} installer, before and after the per-platform selection:`);
    console.log(formatSizeTable(await measure(config), { before: await measure(unselected) }));
  } else {
    const label = values.before ? 'without the per-platform selection' : 'as electron-builder.yml selects them';
    console.log(`Node modules in the ${target} installer, ${label}:`);
    console.log(formatSizeTable(await measure(values.before ? unselected : config)));
  }
  const missing = selectedButNotInstalled({ projectDir, config, os, arch });
  if (missing.length > 0) {
    console.log(
      `Not counted (shipped for ${target}, but npm installs them only on that platform): ${missing.join(', ')}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`installer-size: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
