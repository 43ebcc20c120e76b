// Starts the packaged app with a remote debugging port and attaches Playwright over CDP (the app's fuses
// turn off --inspect, which Playwright's _electron needs), and quits it the way a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { APP_ORIGIN } from '../../../main/shell/app-origin';

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningApp {
  process: ChildProcess;
  pid: number;
  browser: Browser;
  /** The main window's page (app://renderer/…). */
  page: Page;
  exited: Promise<AppExit>;
  /** Everything the app printed so far (stdout and stderr), for failure messages. */
  output(): string;
}

export interface LaunchOptions {
  executable: string;
  /** The app's data folder (MEA_DATA_DIR). */
  dataDir: string;
  env?: Record<string, string>;
  args?: string[];
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;
const START_TIMEOUT_MS = 90_000;

/** Extra switches for every launch, e.g. MEA_PACKAGED_ARGS="--no-sandbox" where the OS sandbox cannot start. */
function extraArgs(): string[] {
  return (process.env.MEA_PACKAGED_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** Environment for the app: the test runner's, minus anything that would make Electron behave as Node. */
export function appEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.NODE_OPTIONS;
  return env;
}

/** Starts the executable and collects its output; resolves when it exits. */
export function spawnApp(
  executable: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; exited: Promise<AppExit>; output(): string } {
  const child = spawn(executable, [...args, ...extraArgs()], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<AppExit>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited, output: () => output };
}

export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  // MEA_ALLOW_REMOTE_DEBUGGING: the opt-in a packaged build may require before it honours the debugging port.
  const env = appEnvironment({ MEA_DATA_DIR: options.dataDir, MEA_ALLOW_REMOTE_DEBUGGING: '1', ...options.env });
  // Port 0: Chromium picks a free port and prints it ("DevTools listening on ws://…").
  const { child, exited, output } = spawnApp(
    options.executable,
    ['--remote-debugging-port=0', ...(options.args ?? [])],
    env,
  );
  try {
    const endpoint = await waitForDevTools(output, exited);
    const browser = await chromium.connectOverCDP(endpoint);
    const page = await mainWindow(browser);
    return { process: child, pid: child.pid ?? -1, browser, page, exited, output };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- app output ---\n${tail(output())}`);
  }
}

async function waitForDevTools(output: () => string, exited: Promise<AppExit>): Promise<string> {
  let gone: AppExit | null = null;
  void exited.then((exit) => (gone = exit)).catch(() => undefined);
  const started = Date.now();
  for (;;) {
    const match = DEVTOOLS_LINE.exec(output());
    if (match?.[1]) return match[1];
    if (gone) throw new Error(`the app exited (${describeExit(gone)}) before opening its debugging port`);
    if (Date.now() - started > START_TIMEOUT_MS) throw new Error('the app did not open its debugging port in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The app's window: the first page on app://renderer (it may appear after we attach). */
async function mainWindow(browser: Browser): Promise<Page> {
  const started = Date.now();
  for (;;) {
    for (const context of browser.contexts()) {
      const page = context.pages().find((candidate) => candidate.url().startsWith(APP_ORIGIN));
      if (page) return page;
    }
    if (Date.now() - started > START_TIMEOUT_MS) {
      const urls = browser.contexts().flatMap((context) => context.pages().map((page) => page.url()));
      throw new Error(`no ${APP_ORIGIN} window appeared (pages: ${urls.join(', ') || 'none'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface QuitResult extends AppExit {
  /** window: closing the window quit the app; sigterm / killed: it had to be made to. */
  how: 'window' | 'sigterm' | 'killed';
}

/** Closes the window as a user would (the app quits when its last window closes) and waits for the exit. */
export async function quitApp(app: RunningApp, timeoutMs = 45_000): Promise<QuitResult> {
  const done = await raceExit(app.exited, 0);
  if (done) return { ...done, how: 'window' };
  await Promise.race([app.page.close().catch(() => undefined), app.exited]);
  let exit = await raceExit(app.exited, timeoutMs);
  await app.browser.close().catch(() => undefined);
  if (exit) return { ...exit, how: 'window' };
  if (process.platform !== 'win32') {
    app.process.kill('SIGTERM');
    exit = await raceExit(app.exited, 15_000);
    if (exit) return { ...exit, how: 'sigterm' };
  }
  app.process.kill('SIGKILL');
  return { ...(await app.exited), how: 'killed' };
}

/** Kills the app outright (cleanup after a failed test). */
export async function killApp(app: RunningApp | null): Promise<void> {
  if (!app || app.process.exitCode !== null || app.process.signalCode !== null) return;
  await app.browser.close().catch(() => undefined);
  app.process.kill('SIGKILL');
  await app.exited.catch(() => undefined);
}

function raceExit(exited: Promise<AppExit>, ms: number): Promise<AppExit | null> {
  return Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

export function describeExit(exit: AppExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

export function tail(text: string, chars = 4000): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}
