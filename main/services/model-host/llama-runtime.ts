// Lazily creates the node-llama-cpp Llama (GPU if it works, else CPU) and captures llama.cpp logs.
import { getLlama, LlamaLogLevel, type Llama } from 'node-llama-cpp';
import type { LogRing } from './log-ring';
import type { HostLogLevel } from './protocol';

export interface LlamaRuntimeDeps {
  logs: LogRing;
  /** Receives warn/error lines worth forwarding to the client. */
  onLog(level: HostLogLevel, message: string): void;
}

const forwardedLevels = new Set<LlamaLogLevel>([LlamaLogLevel.fatal, LlamaLogLevel.error, LlamaLogLevel.warn]);

function toHostLevel(level: LlamaLogLevel): HostLogLevel {
  if (level === LlamaLogLevel.fatal || level === LlamaLogLevel.error) return 'error';
  if (level === LlamaLogLevel.warn) return 'warn';
  if (level === LlamaLogLevel.debug) return 'debug';
  return 'info';
}

export class LlamaRuntime {
  private llama: Promise<Llama> | null = null;

  constructor(private readonly deps: LlamaRuntimeDeps) {}

  get(): Promise<Llama> {
    this.llama ??= this.create().catch((error: unknown) => {
      this.llama = null; // allow a later retry
      throw error;
    });
    return this.llama;
  }

  private async create(): Promise<Llama> {
    const logger = (level: LlamaLogLevel, message: string): void => {
      const line = `[llama.cpp ${level}] ${message.trimEnd()}`;
      this.deps.logs.push(line);
      if (forwardedLevels.has(level)) this.deps.onLog(toHostLevel(level), line);
    };
    // build: 'never' — an offline app must not try to compile llama.cpp on the user's machine.
    try {
      return await getLlama({ gpu: 'auto', build: 'never', logLevel: LlamaLogLevel.info, logger });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.deps.logs.push(`GPU initialisation failed, falling back to CPU: ${reason}`);
      this.deps.onLog('warn', `GPU initialisation failed, falling back to CPU: ${reason}`);
      return await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.info, logger });
    }
  }

  async dispose(): Promise<void> {
    const llama = this.llama;
    this.llama = null;
    if (llama) await (await llama.catch(() => null))?.dispose();
  }
}
