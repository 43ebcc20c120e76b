// The local engine: the model host process (node-llama-cpp) behind the Engine interface.
import type { HostStatus } from '../model-host/host-status';
import type { ModelHostClient } from '../model-host/host-client';
import type {
  Engine,
  EngineDescription,
  EngineGenerateOptions,
  EngineHealth,
  GenerateRequest,
  GenerateResult,
} from './engine';

/** What LocalEngine uses of the host client (tests pass a fake). */
export type LocalEngineHost = Pick<ModelHostClient, 'generate' | 'tokenize' | 'getStatus'>;

export interface LocalEngineOptions {
  host: LocalEngineHost;
  /** What the user calls it (default "This computer"). */
  name?: string;
}

export class LocalEngine implements Engine {
  readonly kind = 'local' as const;
  private readonly host: LocalEngineHost;
  private readonly name: string;

  constructor(options: LocalEngineOptions) {
    this.host = options.host;
    this.name = options.name ?? 'This computer';
  }

  generate(request: GenerateRequest, options: EngineGenerateOptions = {}): Promise<GenerateResult> {
    return this.host.generate(request, options);
  }

  tokenize(text: string, options: { bos: boolean }): Promise<number[]> {
    return this.host.tokenize(text, options);
  }

  health(): Promise<EngineHealth> {
    return Promise.resolve(healthOf(this.host.getStatus()));
  }

  describe(): EngineDescription {
    const info = this.host.getStatus().modelInfo;
    const loraPath = info?.loraPath ?? null;
    return {
      kind: 'local',
      name: this.name,
      modelName: info?.modelName ?? null,
      adapter: { mode: loraPath ? 'local-lora' : 'none', name: loraPath, scalable: loraPath != null },
    };
  }
}

function healthOf(status: HostStatus): EngineHealth {
  switch (status.state) {
    case 'ready':
    case 'generating':
      return { ok: true, status: 'ready', message: null };
    case 'loading':
    case 'starting':
      return { ok: false, status: 'loading', message: status.message ?? 'The model is loading.' };
    case 'idle':
    case 'stopped':
      return { ok: false, status: 'unavailable', message: status.lastError ?? 'No model is loaded.' };
    case 'crashed':
    case 'unavailable':
      return {
        ok: false,
        status: 'unavailable',
        message: status.lastError ?? status.message ?? 'The model host stopped.',
      };
  }
}
