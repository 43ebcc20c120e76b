// Bundles the browser side of the bridge (with the real preload api factory) into one init script.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../bridge/window-api.browser.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('bridge bundle is empty');
  return output.text;
}
