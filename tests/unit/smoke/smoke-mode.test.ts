// The Electron side of the smoke run (Electron mocked): temp folders, exit codes, the report on failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import { EventHub } from '../../../main/services/events';
import type { SmokeReport } from '../../../main/services/smoke';

const electronApp = {
  isPackaged: true,
  exitCodes: [] as number[],
  getVersion: () => '9.8.7',
  getAppPath: () => '/app',
  exit(code: number) {
    this.exitCodes.push(code);
  },
};
vi.mock('electron', () => ({ app: electronApp }));

const { failSmokeStartup, readSmokeMode, runSmokeMode } = await import('../../../main/shell/smoke-mode');

let outDir: string;
const made: string[] = [];

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mea-smoke-mode-test-'));
  electronApp.exitCodes = [];
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of [outDir, ...made.splice(0)]) rmSync(dir, { recursive: true, force: true });
});

/** An app whose every call fails, and that records being closed. */
function failingApp(): { app: App; closed: () => boolean } {
  let closed = false;
  const app = {
    dispatcher: { dispatch: async () => ({ ok: false, error: { code: 'internal', message: 'boom' } }) },
    host: { pid: 4321, recentLogs: () => ['llama: something broke'], stats: async () => ({ rssBytes: 1 }) },
    close: async () => {
      closed = true;
    },
  } as unknown as App;
  return { app, closed: () => closed };
}

describe('readSmokeMode', () => {
  it('is null without smoke switches and creates nothing', () => {
    expect(readSmokeMode(['app', '--remote-debugging-port=0'], outDir)).toBeNull();
  });

  it('gives the run its own temp folder with data, Electron profile and model folders inside', () => {
    const smoke = readSmokeMode(['app', '--smoke-test=r.json'], outDir);
    made.push(smoke!.rootDir);
    expect(smoke).toMatchObject({ reportPath: join(outDir, 'r.json'), modelPath: null, keepData: false });
    expect(existsSync(smoke!.rootDir)).toBe(true);
    for (const dir of [smoke!.dataDir, smoke!.userDataDir, smoke!.workDir]) {
      expect(dir.startsWith(smoke!.rootDir)).toBe(true);
    }
    expect(new Set([smoke!.dataDir, smoke!.userDataDir, smoke!.workDir]).size).toBe(3);
  });

  it('prints the reason and the usage and exits with 2 on a bad switch', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => readSmokeMode(['app', '--smoke-test=r.json', '--smoke-gpu=maybe'], outDir)).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    const printed = vi
      .mocked(process.stderr.write)
      .mock.calls.map(([text]) => String(text))
      .join('');
    expect(printed).toMatch(/--smoke-gpu must be "auto" or "off"[\s\S]*Usage:/);
  });
});

describe('runSmokeMode', () => {
  it('writes the report, closes the app, removes its temp folder and exits 1 when a step fails', async () => {
    const smoke = readSmokeMode(
      ['app', '--smoke-test=report.json', `--smoke-model=${join(outDir, 'missing.gguf')}`],
      outDir,
    )!;
    const { app, closed } = failingApp();
    await runSmokeMode(smoke, { app, events: new EventHub(), hostScriptPath: '/app/out/main/model-host.js' });

    expect(electronApp.exitCodes).toEqual([1]);
    expect(closed()).toBe(true);
    expect(existsSync(smoke.rootDir)).toBe(false);
    const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as SmokeReport;
    expect(report.ok).toBe(false);
    expect(report.steps[0]).toMatchObject({ name: 'prepare-model', status: 'failed' });
    expect(report.steps[0]!.error).toContain('missing.gguf');
    expect(report.steps.at(-1)).toMatchObject({ name: 'close', status: 'ok' });
    expect(report.hostLog).toEqual(['llama: something broke']);
    expect(report.environment).toMatchObject({
      appVersion: '9.8.7',
      isPackaged: true,
      hostLauncher: 'utilityProcess',
      hostScriptPath: '/app/out/main/model-host.js',
      platform: process.platform,
      arch: process.arch,
    });
    const printed = vi
      .mocked(process.stderr.write)
      .mock.calls.map(([text]) => String(text))
      .join('');
    expect(printed).toMatch(/^Smoke test FAILED at "prepare-model": the model file does not exist: .*missing\.gguf/);
  });

  it('keeps the temp folder with --smoke-keep-data', async () => {
    const smoke = readSmokeMode(
      ['app', '--smoke-test=report.json', `--smoke-model=${join(outDir, 'missing.gguf')}`, '--smoke-keep-data'],
      outDir,
    )!;
    made.push(smoke.rootDir);
    await runSmokeMode(smoke, { app: failingApp().app, events: new EventHub(), hostScriptPath: 'host.js' });
    expect(existsSync(smoke.rootDir)).toBe(true);
  });

  it('reports a failed start (e.g. a data file from a newer version) and exits 1', async () => {
    const smoke = readSmokeMode(['app', '--smoke-test=start.json'], outDir)!;
    await failSmokeStartup(smoke, new Error('The data file was written by a newer version.'), 'host.js');
    expect(electronApp.exitCodes).toEqual([1]);
    const report = JSON.parse(readFileSync(join(outDir, 'start.json'), 'utf8')) as SmokeReport;
    expect(report.ok).toBe(false);
    expect(report.steps).toEqual([
      expect.objectContaining({
        name: 'start-app',
        status: 'failed',
        error: 'The data file was written by a newer version.',
      }),
    ]);
  });
});
