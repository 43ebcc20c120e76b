// Runs the command line as a user would, without blocking this process (unlike run-cli.ts), so a server in
// the test process (the fake OpenAI-compatible server) can answer it. MEA_DATA_DIR is cleared as in run-cli.ts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CliResult } from './run-cli';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');

export interface AsyncCliOptions {
  /** Extra environment variables (e.g. the API key variable named by --api-key-env). */
  env?: Record<string, string>;
  /** Each piece of stdout as it arrives (to see an answer stream). */
  onStdout?: (text: string) => void;
  timeoutMs?: number;
}

export function runCliAsync(args: readonly string[], options: AsyncCliOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.MEA_DATA_DIR;
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    options.onStdout?.(text);
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr: stderr.trim() });
    });
  });
}
