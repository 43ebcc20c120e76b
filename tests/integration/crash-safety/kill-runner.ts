// Starts the bundled writer, SIGKILLs it after a chosen delay, and collects every line it managed to print.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseAck, type Ack } from './ack';

export interface KillPlan {
  /** Start the delay when the writer prints this line; null = from the moment it is spawned. */
  after: string | null;
  delayMs: number;
}

export interface WriterExit {
  acks: Ack[];
  lines: string[];
  /** True when our SIGKILL ended it (false: it exited by itself first). */
  killed: boolean;
  code: number | null;
  stderr: string;
}

/** Runs `node bundle ...args`; with a plan it is killed, without one it must exit by itself. */
export function runWriter(bundle: string, args: readonly string[], plan: KillPlan | null): Promise<WriterExit> {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  const lines: string[] = [];
  let stderr = '';
  let killed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const kill = (): void => {
    timer = null;
    if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
  };
  const arm = (): void => {
    if (plan && timer === null) timer = setTimeout(kill, plan.delayMs);
  };
  if (plan?.after === null) arm();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Lines still in the pipe after the kill are read too: each was printed after its commit.
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    const ack = parseAck(line);
    if (ack) acks.push(ack);
    else if (plan && line === plan.after) arm();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer !== null) clearTimeout(timer);
      resolve({ acks, lines, killed: killed && child.signalCode === 'SIGKILL', code, stderr });
    });
  });
}
