// `npm run dist` where no Electron binary can be had: exit 1 with exactly one line that says why and what to do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/electron-binary';

const SCRIPT = fileURLToPath(new URL('../../../scripts/dist.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function runDist(cwd: string) {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [SCRIPT], { cwd, env, encoding: 'utf8', timeout: 30_000 });
}

function expectOneClearLine(result: ReturnType<typeof runDist>) {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^npm run dist: cannot package here: the Electron binary is not installed and cannot be downloaded .*README "Building installers"\.$/,
  );
}

const electronInstalled = findElectronBinary() !== null;
if (electronInstalled) {
  console.log(
    'SKIPPED: dist-script in the repository — an Electron binary is installed here, so `npm run dist` would really package.',
  );
}

describe('scripts/dist.mjs', () => {
  it.skipIf(electronInstalled)('fails with one clear line in this checkout, which has no Electron binary', () => {
    expectOneClearLine(runDist(REPO));
  });

  it('fails the same way in a folder with no node_modules at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'mea-dist-'));
    try {
      expectOneClearLine(runDist(empty));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
