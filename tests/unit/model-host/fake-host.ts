// In-memory stand-in for the host process: speaks the real protocol, can crash, hang or fail loads.
import { existsSync } from 'node:fs';
import type { HostExitInfo, HostLauncher, HostProcess } from '../../../main/services/model-host';
import {
  parseClientMessage,
  type ClientMessage,
  type GenerateResult,
  type HostMessage,
  type LoadConfig,
  type ModelInfo,
} from '../../../main/services/model-host/protocol';
import { StateCache } from '../../../main/services/model-host/state-cache';

export const fakeInfo = (config: LoadConfig): ModelInfo => ({
  modelName: 'fake-model',
  architecture: 'llama',
  backend: 'cpu',
  gpuLayers: 0,
  totalLayers: 3,
  threads: 2,
  contextSize: 512,
  hasChatTemplate: true,
  loraPath: config.loraPath ?? null,
  gpuDeviceNames: [],
  vramTotalBytes: null,
  vramUsedBytes: null,
  gpuFallback: null,
  trainContextSize: 2048,
});

export interface FakeHostScript {
  /** Die before sending 'ready' (exit code 1). */
  dieOnStart?: boolean;
  /** Never answer pings (and nothing else). */
  hang?: boolean;
  /** Reject loads of this path with LOAD_FAILED. */
  badModelPath?: string;
  /** Deltas streamed per generate; a generate stays open if `holdGenerate` is set. */
  deltas?: string[];
  holdGenerate?: boolean;
  /** Fields that replace fakeInfo's in every 'loaded' reply (e.g. a GPU fallback notice). */
  info?: Partial<ModelInfo>;
}

export class FakeHost implements HostProcess {
  readonly pid: number;
  readonly received: ClientMessage[] = [];
  killed = false;
  exited = false;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly exitListeners: ((info: HostExitInfo) => void)[] = [];
  private readonly outputListeners: ((line: string) => void)[] = [];

  constructor(
    pid: number,
    readonly script: FakeHostScript,
  ) {
    this.pid = pid;
  }

  postMessage(raw: unknown): void {
    if (this.exited) return;
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) throw new Error(`client sent an invalid message: ${parsed.error}`);
    this.received.push(parsed.message);
    if (this.script.hang) return;
    setTimeout(() => this.respond(parsed.message), 1);
  }

  onMessage(listener: (message: unknown) => void): void {
    this.messageListeners.push(listener);
  }

  onExit(listener: (info: HostExitInfo) => void): void {
    this.exitListeners.push(listener);
  }

  onOutput(listener: (line: string) => void): void {
    this.outputListeners.push(listener);
  }

  kill(): void {
    this.killed = true;
    setTimeout(() => this.exit({ code: null, signal: 'SIGKILL' }), 1);
  }

  /** Sends any message, valid or not, as if from the host. */
  emit(message: HostMessage | Record<string, unknown>): void {
    if (!this.exited) for (const listener of this.messageListeners) listener(message);
  }

  writeOutput(line: string): void {
    for (const listener of this.outputListeners) listener(line);
  }

  exit(info: HostExitInfo): void {
    if (this.exited) return;
    this.exited = true;
    for (const listener of this.exitListeners) listener(info);
  }

  private calibrate(message: Extract<ClientMessage, { type: 'load' }>): Partial<ModelInfo> {
    return fakeCalibration(this, message);
  }

  private respond(message: ClientMessage): void {
    switch (message.type) {
      case 'ping':
        this.emit({ type: 'pong', nonce: message.nonce });
        return;
      case 'load':
        if (message.config.modelPath === this.script.badModelPath) {
          this.emit({
            type: 'error',
            requestId: message.requestId,
            code: 'LOAD_FAILED',
            message: `Failed to load model "${message.config.modelPath}": Invalid GGUF magic`,
            log: ['[llama.cpp error] invalid magic'],
          });
        } else {
          const info = { ...fakeInfo(message.config), ...this.script.info, ...this.calibrate(message) };
          this.emit({ type: 'loaded', requestId: message.requestId, info });
        }
        return;
      case 'unload':
        this.emit({ type: 'unloaded', requestId: message.requestId });
        return;
      case 'generate': {
        const { requestId, profile } = message.request;
        const deltas = this.script.deltas ?? ['Low ', 'potassium.'];
        for (const text of deltas) this.emit({ type: 'delta', requestId, text });
        if (!this.script.holdGenerate)
          this.emit({ type: 'done', requestId, result: result(deltas.join(''), 'eos', profile) });
        return;
      }
      case 'abort': {
        const started = this.received.find((m) => m.type === 'generate' && m.request.requestId === message.requestId);
        if (started?.type === 'generate') {
          const text = (this.script.deltas ?? ['Low ', 'potassium.']).join('');
          this.emit({
            type: 'done',
            requestId: message.requestId,
            result: result(text, 'abort', started.request.profile),
          });
        }
        return;
      }
      case 'tokenize': {
        // One token per word: enough for what counts tokens (grounding's budget).
        const { requestId, text, bos } = message.request;
        const words = text.split(/\s+/).filter((word) => word !== '');
        this.emit({
          type: 'tokens',
          requestId,
          tokens: [...(bos ? [1] : []), ...words.map((_, index) => 100 + index)],
        });
        return;
      }
      case 'stats':
        this.emit({ type: 'stats', requestId: message.requestId, stats: { modelLoads: 1, contexts: [], rssBytes: 1 } });
        return;
      case 'forget-states':
        // As the real host does without a cache open: the states in that folder really go.
        void forgetStatesIn(message.dir, message.sessionKey).then((removed) =>
          this.emit({ type: 'states-forgotten', requestId: message.requestId, removed }),
        );
        return;
      case 'fault':
        return;
    }
  }
}

async function forgetStatesIn(dir: string, sessionKey: string | undefined): Promise<number> {
  if (!existsSync(dir)) return 0;
  const cache = await StateCache.open({ dir, maxBytes: Number.MAX_SAFE_INTEGER, log: () => {} });
  return cache.forget(sessionKey);
}

/** A load's thread calibration: one progress message per candidate; the last candidate is "fastest". */
function fakeCalibration(
  host: FakeHost,
  { requestId, config }: Extract<ClientMessage, { type: 'load' }>,
): Partial<ModelInfo> {
  const candidates = config.calibrate?.candidates;
  if (!candidates) return {};
  const samples = candidates.map((threads, index) => {
    host.emit({ type: 'calibration-progress', requestId, done: index + 1, total: candidates.length, threads });
    return { threads, generationTokensPerSecond: 10 + threads, promptTokensPerSecond: 100 + threads };
  });
  const best = Math.max(...candidates);
  const calibration = { samples, generationThreads: best, promptThreads: best, measuredAt: 1 };
  return { calibration, threads: best };
}

function result(
  text: string,
  stopReason: GenerateResult['stopReason'],
  profile: GenerateResult['profile'],
): GenerateResult {
  return { text, stopReason, tokens: 3, evaluatedTokens: 10, tokensPerSecond: 50, timeToFirstTokenMs: 5, profile };
}

export class FakeLauncher implements HostLauncher {
  readonly hosts: FakeHost[] = [];

  constructor(public script: FakeHostScript = {}) {}

  launch(): FakeHost {
    const host = new FakeHost(1000 + this.hosts.length, { ...this.script });
    this.hosts.push(host);
    setTimeout(() => {
      if (host.script.dieOnStart) host.exit({ code: 1, signal: null });
      else host.emit({ type: 'ready', pid: host.pid });
    }, 2);
    return host;
  }

  get current(): FakeHost {
    const host = this.hosts.at(-1);
    if (!host) throw new Error('no host launched yet');
    return host;
  }
}
