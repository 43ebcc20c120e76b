// The whole smoke path as the desktop app takes it (Electron mocked, the host forked instead of a
// utilityProcess, the fake secret box for safeStorage): switches → temp folders → createApp on them → run →
// report → exit code 0, folder removed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../main/services/app/create-app';
import { EventHub } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import type { SmokeReport } from '../../../main/services/smoke';
import { FakeSecretBox } from '../../support/fake-secret-box';

const electronApp = {
  isPackaged: false,
  exitCodes: [] as number[],
  getVersion: () => '0.1.0',
  getAppPath: () => process.cwd(),
  exit(code: number) {
    this.exitCodes.push(code);
  },
};
vi.mock('electron', () => ({ app: electronApp }));
const { readSmokeMode, runSmokeMode } = await import('../../../main/shell/smoke-mode');

const outDir = mkdtempSync(join(tmpdir(), 'mea-smoke-shell-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('smoke mode from the command line', () => {
  it('passes, prints one line, removes its temp folder and exits 0', async () => {
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      printed.push(String(text));
      return true;
    });
    const smoke = readSmokeMode(
      ['electron', 'out/main/index.js', '--smoke-test=report.json', '--smoke-gpu=off'],
      outDir,
    );
    expect(smoke).not.toBeNull();
    const events = new EventHub();
    const app = createApp({
      dataDir: smoke!.dataDir,
      launcher: new ForkHostLauncher(),
      events,
      pickFile: async () => null,
      version: '0.1.0',
    });
    try {
      await runSmokeMode(smoke!, {
        app,
        events,
        hostScriptPath: 'main/services/model-host/host-entry.ts',
        secretBox: new FakeSecretBox(),
      });
    } finally {
      stdout.mockRestore();
    }

    expect(electronApp.exitCodes).toEqual([0]);
    expect(printed.join('')).toMatch(/^Smoke test passed: 8\/8 steps in \d+ ms \(report: .*report\.json\)\n$/);
    expect(existsSync(smoke!.rootDir)).toBe(false);
    const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as SmokeReport;
    expect(report.ok).toBe(true);
    expect(report.dataDir).toBe(smoke!.dataDir);
    expect(report.environment).toMatchObject({
      appVersion: '0.1.0',
      isPackaged: false,
      versions: { node: process.versions.node },
    });
    expect(report.llama).toMatchObject({ backend: 'cpu', gpuLayers: 0 });
    expect(report.steps.at(-2)).toMatchObject({ name: 'secret-box', status: 'ok', details: { reseal: false } });
  });
});
