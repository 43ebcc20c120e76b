// Bundles the browser side of the bridge (with the real preload api factory) into one init script.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildBridgeScript(): Promise<string> {
  return bundleBrowserScript('window-api.browser.ts');
}

/** Bundles one tests/e2e/bridge/*.browser.ts file (type-checked with the DOM library) into a page script. */
export async function bundleBrowserScript(fileName: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../bridge/${fileName}`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`${fileName}: bundle is empty`);
  return output.text;
}
