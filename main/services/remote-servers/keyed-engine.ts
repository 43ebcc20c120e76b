// A saved server's engine whose API key is opened only when a request is about to go out. Opening is
// asynchronous (the OS may first have to unlock its keyring), while the router hands out engines at once;
// until the key is open, describe() answers from a keyless engine of the same settings (nothing is learned
// from the server before a request anyway).
import type { Engine, EngineDescription, EngineGenerateOptions, EngineHealth } from '../engine/engine';
import type { GenerateRequest, GenerateResult } from '../model-host/protocol';
import { RemoteEngine, type RemoteEngineOptions } from '../remote-engine/remote-engine';

export class KeyedEngine implements Engine {
  readonly kind = 'remote' as const;
  /** Built at once, so an address the policy refuses throws here; it answers for good when there is no key. */
  private readonly keyless: RemoteEngine;
  private keyed: RemoteEngine | null = null;
  private opening: Promise<RemoteEngine> | null = null;

  constructor(
    private readonly options: Omit<RemoteEngineOptions, 'apiKey'>,
    /** Opens the saved key (rejects with the reason a student can act on); null when the server needs none. */
    private readonly openKey: (() => Promise<string>) | null,
  ) {
    this.keyless = new RemoteEngine({ ...options, apiKey: null });
  }

  async generate(request: GenerateRequest, options?: EngineGenerateOptions): Promise<GenerateResult> {
    return (await this.ready()).generate(request, options);
  }

  async tokenize(text: string, options: { bos: boolean }): Promise<number[]> {
    return (await this.ready()).tokenize(text, options);
  }

  async health(signal?: AbortSignal): Promise<EngineHealth> {
    return (await this.ready()).health(signal);
  }

  describe(): EngineDescription {
    return (this.keyed ?? this.keyless).describe();
  }

  private ready(): Promise<RemoteEngine> {
    if (this.openKey === null) return Promise.resolve(this.keyless);
    if (this.keyed !== null) return Promise.resolve(this.keyed);
    this.opening ??= this.openKey().then(
      (apiKey) => (this.keyed = new RemoteEngine({ ...this.options, apiKey })),
      (error: unknown) => {
        // Not remembered: the keyring may be unlocked by the next request.
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }
}
