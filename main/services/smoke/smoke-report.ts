// What a smoke run found, as written to the report file, and the writing itself.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ModelInfo } from '../../../preload/contract/schemas';

export type SmokeStepName =
  | 'start-app'
  | 'prepare-model'
  | 'import-model'
  | 'import-adapter'
  | 'load-model'
  | 'answer'
  | 'save-card'
  | 'secret-box'
  | 'close';

export type SmokeStepStatus = 'ok' | 'failed' | 'skipped';

export interface SmokeStep {
  name: SmokeStepName;
  status: SmokeStepStatus;
  ms: number;
  /** Why it failed, or why it was skipped; null when it passed. */
  error: string | null;
  /** What the step observed (paths, answer text, card id…). */
  details: Record<string, unknown>;
}

/** Where the run happened; the shell fills in the Electron parts, tests the Node ones. */
export interface SmokeEnvironment {
  appVersion: string;
  isPackaged: boolean;
  platform: string;
  arch: string;
  /** process.versions subset: node always, electron/chrome/v8 inside Electron. */
  versions: Record<string, string>;
  execPath: string;
  /** Where electron-builder's extraResources live (packaged) or resources/ (from source); null if unknown. */
  resourcesPath: string | null;
  /** The model host script the launcher starts; null if unknown. */
  hostScriptPath: string | null;
  /** How the model host runs: 'utilityProcess' in the app, 'fork' under Node. */
  hostLauncher: string;
}

export interface SmokeReport {
  /** True only if no step failed. */
  ok: boolean;
  startedAt: string;
  finishedAt: string;
  totalMs: number;
  environment: SmokeEnvironment;
  dataDir: string;
  model: { path: string | null; loraPath: string | null; generated: boolean };
  /** What the model host reported after loading (backend, GPU devices, VRAM, threads, fallback reason). */
  llama: ModelInfo | null;
  host: { pid: number | null; mainPid: number; rssBytes: number | null };
  steps: SmokeStep[];
  /** Recent model host log lines when a step failed (llama.cpp errors, binary loading); else empty. */
  hostLog: string[];
}

/** 0 when every step passed (or was skipped on purpose), 1 otherwise: the smoke run's exit code. */
export function smokeExitCode(report: Pick<SmokeReport, 'ok'>): number {
  return report.ok ? 0 : 1;
}

/** Writes the report as JSON via a temp file, so a reader never sees half a report. */
export async function writeSmokeReport(path: string, report: SmokeReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await rename(temp, path);
}

/** The report of a run whose app could not even be composed (e.g. a data file from a newer version). */
export function startupFailureReport(
  environment: SmokeEnvironment,
  dataDir: string,
  error: unknown,
  startedAt: Date,
): SmokeReport {
  const finishedAt = new Date();
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalMs: finishedAt.getTime() - startedAt.getTime(),
    environment,
    dataDir,
    model: { path: null, loraPath: null, generated: false },
    llama: null,
    host: { pid: null, mainPid: process.pid, rssBytes: null },
    steps: [
      {
        name: 'start-app',
        status: 'failed',
        ms: finishedAt.getTime() - startedAt.getTime(),
        error: message,
        details: {},
      },
    ],
    hostLog: [],
  };
}

/** One line for a terminal or CI log. */
export function smokeSummary(report: SmokeReport, reportPath: string): string {
  const failed = report.steps.filter((step) => step.status === 'failed');
  const passed = report.steps.filter((step) => step.status === 'ok').length;
  if (failed.length === 0) {
    return `Smoke test passed: ${passed}/${report.steps.length} steps in ${report.totalMs} ms (report: ${reportPath})`;
  }
  const first = failed[0]!;
  return `Smoke test FAILED at "${first.name}": ${first.error ?? 'unknown error'} (report: ${reportPath})`;
}
