// Finds the llama-server built by scripts/build-llama-server.sh and runs it on 127.0.0.1 for a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const LLAMA_SERVER_ENV = 'MEA_LLAMA_SERVER';

export interface LlamaServerLookup {
  /** The wrapper (or binary) to run; null when there is none. */
  path: string | null;
  /** Where it was looked for. */
  searched: string;
  /** True when the environment named a path that does not exist (an error, not a reason to skip). */
  missingFromEnv: boolean;
}

/** MEA_LLAMA_SERVER, else the build script's default output next to the repository. */
export function findLlamaServer(repoRoot = process.cwd()): LlamaServerLookup {
  const fromEnv = process.env[LLAMA_SERVER_ENV];
  const searched = fromEnv ? resolve(fromEnv) : join(resolve(repoRoot, '..'), 'llama-server', 'llama-server-nlc');
  const present = existsSync(searched);
  return { path: present ? searched : null, searched, missingFromEnv: Boolean(fromEnv) && !present };
}

export interface LlamaServerOptions {
  binary: string;
  modelPath: string;
  loraPath: string;
  contextSize: number;
  threads: number;
  /**
   * Keep each slot's prompt cache (llama-server's default): a request reuses the longest prefix it shares with
   * the slot's previous prompt. Off unless asked.
   */
  promptCache?: boolean;
  /** Extra command-line arguments. */
  args?: string[];
  startTimeoutMs?: number;
}

export interface RunningLlamaServer {
  readonly baseUrl: string;
  readonly args: readonly string[];
  /** The server's recent output (for failure messages and the run record). */
  log(): string;
  stop(): Promise<void>;
}

const LOG_LINES = 200;

/** Starts llama-server on a free loopback port and resolves once /health says the model is loaded. */
export async function startLlamaServer(options: LlamaServerOptions): Promise<RunningLlamaServer> {
  const port = await freePort();
  const args = [
    ...['--host', '127.0.0.1', '--port', String(port)],
    ...['--model', options.modelPath, '--lora', options.loraPath],
    ...['--ctx-size', String(options.contextSize), '--parallel', '1'],
    ...['--threads', String(options.threads), '--threads-batch', String(options.threads)],
    // As node-llama-cpp sets up a context by default: one batch = one micro-batch of up to 512 tokens,
    // flash attention left to the library ("auto"), all layers on the CPU.
    ...['--batch-size', '512', '--ubatch-size', '512', '--flash-attn', 'auto', '--n-gpu-layers', '0'],
    // The prompt cache in RAM matches saved prompts by their tokens alone: a prompt evaluated with the adapter
    // on was restored for the same prompt with the adapter off, which then answered as if it were on.
    ...['--cache-ram', '0'],
    // Each prompt evaluated whole, as the local engine does for a new conversation: a prompt already cached
    // whole has its last token evaluated alone, whose logits differ in the last bits (a near tie flips).
    ...(options.promptCache ? [] : ['--no-cache-prompt']),
    ...(options.args ?? []),
  ];
  const child = spawn(options.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > LOG_LINES) lines.splice(0, lines.length - LOG_LINES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: RunningLlamaServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    args,
    log: () => lines.join('\n'),
    stop: () => stopProcess(child),
  };
  try {
    await waitForHealth(server.baseUrl, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`llama-server did not start: ${reason}\n--- its output ---\n${server.log()}`);
  }
  return server;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  child.once('error', (error) => (exited = error.message));
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `/health answered ${response.status}`; // 503 while the model loads
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${last})`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
