// Runs the command line as a user would (`npm run cli -- …`), with MEA_DATA_DIR cleared so a test never
// reaches the real app data folder by accident.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Trimmed. */
  stderr: string;
}

export function runCli(...args: string[]): CliResult {
  const env = { ...process.env };
  delete env.MEA_DATA_DIR;
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    timeout: 90_000,
    env,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.trim() };
}
