// The packaged app's self-test (`--smoke-test=REPORT.json`): the Electron side only. It picks the temporary
// folders, fills in what Electron knows about itself, runs the smoke service and exits with its result.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import type { App } from '../services/app/create-app';
import type { EventHub } from '../services/events';
import type { SecretBox } from '../services/remote-engine/secret-box';
import {
  parseSmokeArguments,
  runSmokeTest,
  SmokeArgumentError,
  smokeExitCode,
  smokeSummary,
  startupFailureReport,
  writeSmokeReport,
  type SmokeArguments,
  type SmokeEnvironment,
} from '../services/smoke';

export { parseSmokeArguments, SmokeArgumentError } from '../services/smoke';

export interface SmokeMode extends SmokeArguments {
  /** The run's own temporary folder; everything below lives in it. */
  rootDir: string;
  /** The app's data folder (database, library) for createApp. */
  dataDir: string;
  /** Electron's userData (Chromium profile, single-instance lock): kept away from the user's real one. */
  userDataDir: string;
  /** Where the generated model and adapter are written. */
  workDir: string;
  startedAt: Date;
}

/** Longer than every step's own deadline together: a last guard so a smoke run can never hang a CI job. */
const WHOLE_RUN_DEADLINE_MS = 10 * 60_000;

/**
 * The smoke mode asked for on the command line, or null for a normal start. A malformed `--smoke-*`
 * switch prints why (with the usage) and exits with code 2 before anything starts.
 */
export function readSmokeMode(argv: readonly string[] = process.argv, cwd: string = process.cwd()): SmokeMode | null {
  let parsed: SmokeArguments | null;
  try {
    parsed = parseSmokeArguments(argv, cwd);
  } catch (error) {
    if (!(error instanceof SmokeArgumentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (parsed === null) return null;
  const rootDir = mkdtempSync(join(tmpdir(), 'mea-smoke-'));
  return {
    ...parsed,
    rootDir,
    dataDir: join(rootDir, 'data'),
    userDataDir: join(rootDir, 'electron'),
    workDir: join(rootDir, 'model'),
    startedAt: new Date(),
  };
}

/** Runs the smoke test over the composed services (no window, no IPC), writes the report and exits the app. */
export async function runSmokeMode(
  smoke: SmokeMode,
  services: { app: App; events: EventHub; hostScriptPath: string; secretBox?: SecretBox },
): Promise<void> {
  const guard = setTimeout(
    () => finish(smoke, 1, `Smoke test did not finish within ${WHOLE_RUN_DEADLINE_MS / 60_000} minutes.`),
    WHOLE_RUN_DEADLINE_MS,
  );
  try {
    const report = await runSmokeTest({
      app: services.app,
      events: services.events,
      dataDir: smoke.dataDir,
      workDir: smoke.workDir,
      modelPath: smoke.modelPath,
      loraPath: smoke.loraPath,
      reportPath: smoke.reportPath,
      environment: smokeEnvironment(services.hostScriptPath),
      gpu: smoke.gpu,
      secretBox: services.secretBox,
    });
    clearTimeout(guard);
    finish(smoke, smokeExitCode(report), smokeSummary(report, smoke.reportPath));
  } catch (error) {
    // Only the report itself can throw here (e.g. an unwritable report path): say so and fail.
    clearTimeout(guard);
    finish(
      smoke,
      1,
      `Smoke test could not write its report: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** For when createApp throws in smoke mode: report the failed start instead of showing a dialog, and exit 1. */
export async function failSmokeStartup(smoke: SmokeMode, error: unknown, hostScriptPath: string): Promise<void> {
  const report = startupFailureReport(smokeEnvironment(hostScriptPath), smoke.dataDir, error, smoke.startedAt);
  try {
    await writeSmokeReport(smoke.reportPath, report);
  } catch (writeError) {
    process.stderr.write(`Smoke test could not write its report: ${String(writeError)}\n`);
  }
  finish(smoke, 1, smokeSummary(report, smoke.reportPath));
}

function smokeEnvironment(hostScriptPath: string): SmokeEnvironment {
  const { node, electron, chrome, v8 } = process.versions;
  const versions: Record<string, string> = { node };
  for (const [name, version] of Object.entries({ electron, chrome, v8 })) if (version) versions[name] = version;
  return {
    appVersion: app.getVersion(),
    isPackaged: app.isPackaged,
    platform: process.platform,
    arch: process.arch,
    versions,
    execPath: process.execPath,
    resourcesPath: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    hostScriptPath,
    hostLauncher: 'utilityProcess',
  };
}

function finish(smoke: SmokeMode, code: number, line: string): void {
  (code === 0 ? process.stdout : process.stderr).write(`${line}\n`);
  if (!smoke.keepData) {
    // Chromium may still hold files in its profile (Windows locks them): best effort, never a failure.
    try {
      rmSync(smoke.rootDir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // left in the temp folder
    }
  }
  // exit, not quit: before-quit would close the services a second time, and nothing else is open.
  app.exit(code);
}
