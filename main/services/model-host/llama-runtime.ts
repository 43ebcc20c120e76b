// Lazily creates the node-llama-cpp Llama (GPU if it works, else CPU), captures llama.cpp logs, and
// remembers why the GPU could not be used so the app can say so.
import { getLlama, LlamaLogLevel, type Llama, type LlamaOptions } from 'node-llama-cpp';
import type { LogRing } from './log-ring';
import type { HostLogLevel } from './protocol';

type GetLlama = (options: LlamaOptions) => Promise<Llama>;

export interface LlamaRuntimeDeps {
  logs: LogRing;
  /** Receives warn/error lines worth forwarding to the client. */
  onLog(level: HostLogLevel, message: string): void;
  /** node-llama-cpp's getLlama; tests pass a fake. */
  getLlama?: GetLlama;
  /** Test hook (MEA_HOST_FAULTS=1 + MEA_SIMULATE_GPU_FAILURE=init): the GPU start-up throws. */
  simulateGpuInitFailure?: boolean;
}

const forwardedLevels = new Set<LlamaLogLevel>([LlamaLogLevel.fatal, LlamaLogLevel.error, LlamaLogLevel.warn]);

function toHostLevel(level: LlamaLogLevel): HostLogLevel {
  if (level === LlamaLogLevel.fatal || level === LlamaLogLevel.error) return 'error';
  if (level === LlamaLogLevel.warn) return 'warn';
  if (level === LlamaLogLevel.debug) return 'debug';
  return 'info';
}

// node-llama-cpp reports a GPU build it could not use with console.warn/error ("... falling back to
// using CPU"), not through the logger, and then silently continues on the next backend.
const SKIPPED_GPU_BUILD = /falling back|not compatible|failed to load a (prebuilt|local build)/i;

export class LlamaRuntime {
  private llama: Promise<Llama> | null = null;
  private fallbackReason: string | null = null;

  constructor(private readonly deps: LlamaRuntimeDeps) {}

  get(): Promise<Llama> {
    this.llama ??= this.create().catch((error: unknown) => {
      this.llama = null; // allow a later retry
      throw error;
    });
    return this.llama;
  }

  /** Why the GPU is not in use although it was asked for; null when it is, or none was there to use. */
  get gpuFallback(): string | null {
    return this.fallbackReason;
  }

  private async create(): Promise<Llama> {
    const load: GetLlama = this.deps.getLlama ?? ((options) => getLlama(options));
    const logger = (level: LlamaLogLevel, message: string): void => {
      const line = `[llama.cpp ${level}] ${message.trimEnd()}`;
      this.deps.logs.push(line);
      if (forwardedLevels.has(level)) this.deps.onLog(toHostLevel(level), line);
    };
    const base = { build: 'never', logLevel: LlamaLogLevel.info, logger } as const;
    // build: 'never' — an offline app must not try to compile llama.cpp on the user's machine.
    const warnings: string[] = [];
    const restoreConsole = captureConsoleWarnings(warnings);
    try {
      if (this.deps.simulateGpuInitFailure) throw new Error('simulated GPU initialisation failure');
      const llama = await load({ ...base, gpu: 'auto' });
      const skipped = warnings.find((line) => SKIPPED_GPU_BUILD.test(line));
      if (skipped) this.noteFallback(`a GPU build of llama.cpp could not be used (${skipped.trim()})`, llama);
      return llama;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const llama = await load({ ...base, gpu: false });
      this.noteFallback(`GPU initialisation failed (${reason})`, llama);
      return llama;
    } finally {
      restoreConsole();
    }
  }

  private noteFallback(what: string, llama: Llama): void {
    const backend = llama.gpu === false ? 'the CPU' : llama.gpu;
    this.fallbackReason = `${what}; running on ${backend}.`;
    this.deps.logs.push(this.fallbackReason);
    this.deps.onLog('warn', this.fallbackReason);
  }

  async dispose(): Promise<void> {
    const llama = this.llama;
    this.llama = null;
    if (llama) await (await llama.catch(() => null))?.dispose();
  }
}

/** Copies console.warn/error lines into `into` (still printing them) until the returned restore runs. */
function captureConsoleWarnings(into: string[]): () => void {
  const { warn, error } = console;
  const capture =
    (original: (...args: unknown[]) => void) =>
    (...args: unknown[]): void => {
      into.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
      original(...args);
    };
  console.warn = capture(warn);
  console.error = capture(error);
  return () => {
    console.warn = warn;
    console.error = error;
  };
}
