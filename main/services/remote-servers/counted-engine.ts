// An engine that counts its answers in progress, so a server is not removed or changed under an answer.
import type { Engine, EngineDescription, EngineGenerateOptions, EngineHealth } from '../engine/engine';
import type { GenerateRequest, GenerateResult } from '../model-host/protocol';

export class CountedEngine implements Engine {
  readonly kind: Engine['kind'];
  private running = 0;

  constructor(readonly inner: Engine) {
    this.kind = inner.kind;
  }

  /** Answers of this engine still streaming. */
  get inFlight(): number {
    return this.running;
  }

  async generate(request: GenerateRequest, options?: EngineGenerateOptions): Promise<GenerateResult> {
    this.running++;
    try {
      return await this.inner.generate(request, options);
    } finally {
      this.running--;
    }
  }

  tokenize(text: string, options: { bos: boolean }): Promise<number[]> {
    return this.inner.tokenize(text, options);
  }

  health(signal?: AbortSignal): Promise<EngineHealth> {
    return this.inner.health(signal);
  }

  describe(): EngineDescription {
    return this.inner.describe();
  }
}
