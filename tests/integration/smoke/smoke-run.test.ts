// The smoke run over the real app (SQLite, forked model host, dispatcher): it generates its own tiny model
// and adapter, loads both, answers, saves a card that is really in the database, and writes the report;
// a model path that does not exist is reported as a failed step with a non-zero exit code.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import { EventHub } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import { runSmokeTest, smokeExitCode, type SmokeEnvironment, type SmokeReport } from '../../../main/services/smoke';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import { callApp } from '../support/app-under-test';

const root = await mkdtemp(join(tmpdir(), 'mea-smoke-run-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const environment: SmokeEnvironment = {
  appVersion: '0.0.0-test',
  isPackaged: false,
  platform: process.platform,
  arch: process.arch,
  versions: { node: process.versions.node },
  execPath: process.execPath,
  resourcesPath: null,
  hostScriptPath: null,
  hostLauncher: 'fork',
};

function startApp(dataDir: string, events: EventHub): App {
  return createApp({
    dataDir,
    launcher: new ForkHostLauncher(),
    events,
    pickFile: async () => null,
    version: '0.0.0-test',
  });
}

async function smokeRun(name: string, paths: { modelPath: string | null; loraPath: string | null }) {
  const dir = join(root, name);
  const events = new EventHub();
  const app = startApp(join(dir, 'data'), events);
  const reportPath = join(dir, 'out', 'report.json');
  const report = await runSmokeTest({
    app,
    events,
    dataDir: join(dir, 'data'),
    workDir: join(dir, 'model'),
    ...paths,
    reportPath,
    environment,
    gpu: 'off',
  });
  return { dir, report, reportPath };
}

describe('smoke run', () => {
  it('loads the generated model and adapter, answers, saves a card, closes, and reports every step', async () => {
    const { dir, report, reportPath } = await smokeRun('pass', { modelPath: null, loraPath: null });

    expect(report.steps.map((step) => [step.name, step.status, step.error])).toEqual([
      ['prepare-model', 'ok', null],
      ['import-model', 'ok', null],
      ['import-adapter', 'ok', null],
      ['load-model', 'ok', null],
      ['answer', 'ok', null],
      ['save-card', 'ok', null],
      ['close', 'ok', null],
    ]);
    expect(report.ok).toBe(true);
    expect(smokeExitCode(report)).toBe(0);
    for (const step of report.steps) expect(step.ms).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(await readFile(reportPath, 'utf8'))).toEqual(report);

    // The model host is its own process, and it told us what it runs on.
    expect(report.host.pid).toEqual(expect.any(Number));
    expect(report.host.pid).not.toBe(report.host.mainPid);
    expect(report.llama).toMatchObject({ backend: 'cpu', architecture: 'llama', gpuLayers: 0 });
    expect(report.llama?.loraPath).toBe(report.model.loraPath);
    expect(report.model).toMatchObject({ generated: true, path: join(dir, 'model', 'smoke-model.gguf') });

    const load = report.steps.find((step) => step.name === 'load-model')!;
    expect(load.details).toMatchObject({ state: 'ready', adapter: report.model.loraPath, profile: 'adapter' });
    const answer = report.steps.find((step) => step.name === 'answer')!.details as { text: string; tokens: number };
    expect(answer.text.trim().length).toBeGreaterThan(0);
    expect(answer.tokens).toBeGreaterThan(0);

    // The card is really stored: a fresh app on the same data folder reads it back, linked to the answer.
    const saved = report.steps.find((step) => step.name === 'save-card')!.details as { cardId: number };
    const reopened = startApp(join(dir, 'data'), new EventHub());
    try {
      const card = await callApp<FlashCard>(reopened, 'cards:get', { id: saved.cardId });
      expect(card).toMatchObject({ front: 'What is hypokalemia?', back: answer.text.trim() });
      expect(card.sourceMessageId).toBe((report.steps[4]!.details as { messageId: number }).messageId);
    } finally {
      await reopened.close();
    }
  });

  it('reports a model path that does not exist as a failed step, skips the rest, still closes, exits non-zero', async () => {
    const missing = join(root, 'nowhere', 'model.gguf');
    const { report, reportPath } = await smokeRun('fail', { modelPath: missing, loraPath: null });

    expect(report.ok).toBe(false);
    expect(smokeExitCode(report)).not.toBe(0);
    expect(report.steps[0]).toMatchObject({ name: 'prepare-model', status: 'failed' });
    expect(report.steps[0]!.error).toBe(`the model file does not exist: ${missing}`);
    expect(report.steps.slice(1, -1).map((step) => [step.name, step.status, step.error])).toEqual([
      ['import-model', 'skipped', 'not run: step "prepare-model" failed'],
      ['import-adapter', 'skipped', 'not run: step "prepare-model" failed'],
      ['load-model', 'skipped', 'not run: step "prepare-model" failed'],
      ['answer', 'skipped', 'not run: step "prepare-model" failed'],
      ['save-card', 'skipped', 'not run: step "prepare-model" failed'],
    ]);
    expect(report.steps.at(-1)).toMatchObject({ name: 'close', status: 'ok' });
    expect(report.llama).toBeNull();
    expect((JSON.parse(await readFile(reportPath, 'utf8')) as SmokeReport).ok).toBe(false);
  });

  it('reports a file the model loader refuses (not a GGUF) as a failed import with the reason', async () => {
    const dir = join(root, 'bad-file');
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const notGguf = join(dir, 'notes.gguf');
    await writeFile(notGguf, 'this is not a model');
    const { report } = await smokeRun('bad', { modelPath: notGguf, loraPath: null });

    expect(report.ok).toBe(false);
    expect(report.steps.map((step) => step.status)).toEqual([
      'ok',
      'failed',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'ok',
    ]);
    expect(report.steps[1]!.name).toBe('import-model');
    expect(report.steps[1]!.error).toMatch(/^library:importFile: .+/);
  });
});
