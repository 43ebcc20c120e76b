// Bundles the writer once per test run (esbuild), so each of the ~260 starts costs a plain `node` start, not tsx.
import { build, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** better-sqlite3 stays outside the bundle (native addon), imported by absolute path so any folder works. */
const nativeSqlite: Plugin = {
  name: 'native-better-sqlite3',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^better-sqlite3$/ }, () => ({
      path: require.resolve('better-sqlite3'),
      external: true,
    }));
  },
};

/** Writes the bundled writer into `dir` and returns its path. */
export async function bundleWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'crash-writer.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./writer/main.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    plugins: [nativeSqlite],
    // Bundled CommonJS dependencies may call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}
